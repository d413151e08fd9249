package dev.parley.io.forecast;

import dev.parley.model.forecast.KtabParameters;
import dev.parley.model.forecast.KtabScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KtabXmlReaderTest {

    /** Our own XML rendering of dummyData_3Dim.csv in KTAB's smpSchema.xsd layout, with parameters. */
    static String xml() {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Scenario>
                  <name>DummyData_3Dim</name>
                  <desc>Dummy scenario to test reading format</desc>
                  <prngSeed>15455440707583219804</prngSeed>
                  <ModelParameters>
                    <VictoryProbModel>Linear</VictoryProbModel>
                    <PCEModel>Conditional</PCEModel>
                    <StateTransitions>Deterministic</StateTransitions>
                    <VotingRule>Prop</VotingRule>
                    <BigRAdjust>OneThird</BigRAdjust>
                    <BigRRange>Mid</BigRRange>
                    <ThirdPartyCommit>SemiCommit</ThirdPartyCommit>
                    <InterVecBrgn>S2P2</InterVecBrgn>
                    <BargnModel>InitOnlyInterp</BargnModel>
                  </ModelParameters>
                  <Dimensions><dName>Pstn1</dName><dName>Pstn2</dName><dName>Pstn3</dName></Dimensions>
                  <Actors>
                """);
        String[] lines = KtabCsvReaderTest.CSV.split("\n");
        for (int l = 2; l < lines.length; l++) {
            String[] f = lines[l].split(",");
            b.append("    <Actor><name>").append(f[0].trim()).append("</name><description>").append(f[1].trim())
                    .append("</description><capability>").append(f[2].trim()).append("</capability>\n")
                    .append("      <Position><dCoord>").append(f[3].trim()).append("</dCoord><dCoord>")
                    .append(f[5].trim()).append("</dCoord><dCoord>").append(f[7].trim()).append("</dCoord></Position>\n")
                    .append("      <Salience><dSal>").append(f[4].trim()).append("</dSal><dSal>").append(f[6].trim())
                    .append("</dSal><dSal>").append(f[8].trim()).append("</dSal></Salience></Actor>\n");
        }
        b.append("  </Actors>\n</Scenario>\n");
        return b.toString();
    }

    @Test
    void readsTheSameScenarioAsTheCsvPlusParametersAndSeed() {
        KtabScenario x = new KtabXmlReader().read(xml(), "d.xml");
        KtabScenario c = new KtabCsvReader().read(KtabCsvReaderTest.CSV, "d.csv");
        assertThat(x.problem()).isEqualTo(c.problem());
        assertThat(x.parameters()).contains(KtabParameters.defaults());
        assertThat(x.seed()).contains("15455440707583219804");
        assertThat(x.accommodation()).isEqualTo(KtabScenario.identity(7));
    }

    @Test
    void readsIdealAdjustmentAndXsdSpellings() {
        String s = xml().replace("<VotingRule>Prop</VotingRule>", "<VotingRule>Proportional</VotingRule>")
                .replace("<BigRAdjust>OneThird</BigRAdjust>", "<BigRAdjust>No</BigRAdjust>")
                .replace("</Scenario>", "<IdealAdjustment><iaPair><adjustingIdeal>SActor-01</adjustingIdeal>"
                        + "<referencePos>SActor-00</referencePos><adjust>0.25</adjust></iaPair>"
                        + "<iaPair><adjustingIdeal>SActor-01</adjustingIdeal><referencePos>SActor-01</referencePos>"
                        + "<adjust>0.5</adjust></iaPair></IdealAdjustment></Scenario>");
        KtabScenario x = new KtabXmlReader().read(s, "d.xml");
        assertThat(x.parameters().orElseThrow().votingRule()).isEqualTo(KtabParameters.VotingRule.PROPORTIONAL);
        assertThat(x.parameters().orElseThrow().bigRAdjust()).isEqualTo(KtabParameters.BigRAdjust.NONE);
        assertThat(x.accommodation()[1]).containsExactly(0.25, 0.5, 0, 0, 0, 0, 0);
    }

    /** (regex to replace, replacement) -> message fragment; the line/column must point at the culprit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<VotingRule>Prop</VotingRule>|<VotingRule>Majority</VotingRule>|<VotingRule> 'Majority' is unknown|Binary, PropBin, Prop, PropCbc, Cubic, ASymProsp",
        "<dCoord>90.89</dCoord>|<dCoord>190.89</dCoord>|coordinate 2 of actor 'SActor-02' 190.89 is out of range|from 0 to 100",
        "<dSal>30.33</dSal>|<dSal>thirty</dSal>|salience 1 of actor 'SActor-01' 'thirty' is not a number|from 0 to 100",
        "<capability>53.393</capability>|<capability>0</capability>|capability of actor 'SActor-01' 0 is out of range|above 0 and at most 1000",
        "<dCoord>6.37</dCoord>|''|<Position> of actor 'SActor-00' has 2 <dCoord> elements|one per dimension: 3",
        "<name>SActor-03</name>|<name>SActor-02</name>|actor name 'SActor-02' is used again|unique",
        "<desc>Dummy scenario to test reading format</desc>|<desc>a</desc><desc>b</desc>|<Scenario> has more than one <desc>|exactly one <desc>",
        "</Actors>|</Actor>|malformed XML|well-formed XML",
    })
    void rejectsMalformedInputWithItsLocation(String from, String to, String problem, String hint) {
        String s = xml();
        assertThat(s).contains(from);
        int at = s.indexOf(from);
        int line = (int) s.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
        String bad = s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        ForecastInputException e = catchThrowableOfType(ForecastInputException.class,
                () -> new KtabXmlReader().read(bad, "bad.xml"));
        assertThat(e).as("no exception for %s", to).isNotNull();
        assertThat(e.problem()).contains(problem);
        assertThat(e.hint()).contains(hint);
        assertThat(e.getMessage()).startsWith("bad.xml:" + e.line() + ":" + e.column() + ": ");
        if (!problem.startsWith("<Position>")) {
            assertThat(e.line()).isEqualTo(line);
        }
        assertThat(e.column()).isPositive();
    }

    @Test
    void unknownIdealAdjustmentActorAndDoctypeAreRejected() {
        String ia = xml().replace("</Scenario>", "<IdealAdjustment><iaPair><adjustingIdeal>Nobody</adjustingIdeal>"
                + "<referencePos>SActor-00</referencePos><adjust>0.1</adjust></iaPair></IdealAdjustment></Scenario>");
        ForecastInputException e = catchThrowableOfType(ForecastInputException.class,
                () -> new KtabXmlReader().read(ia, "ia.xml"));
        assertThat(e.problem()).isEqualTo("<adjustingIdeal> names unknown actor 'Nobody'");
        assertThat(e.hint()).startsWith("one of SActor-00, SActor-01");
        String dtd = xml().replace("<Scenario>", "<!DOCTYPE Scenario [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Scenario>")
                .replace("<desc>Dummy", "<desc>&x;Dummy");
        ForecastInputException d = catchThrowableOfType(ForecastInputException.class,
                () -> new KtabXmlReader().read(dtd, "dtd.xml"));
        assertThat(d).isNotNull();
        assertThat(d.line()).isPositive();
    }
}
