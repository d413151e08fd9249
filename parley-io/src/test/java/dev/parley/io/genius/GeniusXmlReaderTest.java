package dev.parley.io.genius;

import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.DiscreteEvaluator;
import dev.parley.model.domain.DiscreteIssue;
import dev.parley.model.domain.Domain;
import dev.parley.model.domain.HyperRectangleProfile;
import dev.parley.model.domain.IntegerIssue;
import dev.parley.model.domain.Profile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Reads the GENIUS files of src/test/resources/genius (see SOURCES.md) and malformed variants. */
class GeniusXmlReaderTest {
    private static InputStream res(String path) {
        return GeniusXmlReaderTest.class.getResourceAsStream("/genius/" + path);
    }

    private static InputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void laptopTemplateDomainIgnoresAgentsAndSimilarityFunctions() {
        Domain d = GeniusXmlReader.readDomain(res("Laptop/Laptop-C-domain.xml"), "Laptop-C-domain.xml");
        assertThat(d.name()).isEqualTo("LaptopDomain");
        assertThat(d.issues()).extracting(i -> i.name()).containsExactly("Laptop", "Harddisk", "External Monitor");
        assertThat(((DiscreteIssue) d.issues().get(0)).values()).containsExactly("Dell", "Macintosh", "HP");
        assertThat(((DiscreteIssue) d.issues().get(2)).values()).containsExactly("19'' LCD", "20'' LCD", "23'' LCD");
    }

    @Test
    void laptopProfileKeepsRawEvaluationsAndWeightsAsWritten() {
        Domain d = GeniusXmlReader.readDomain(res("Laptop/Laptop-C-domain.xml"), "Laptop-C-domain.xml");
        AdditiveProfile p = (AdditiveProfile) GeniusXmlReader.readProfile(res("Laptop/Laptop-C-prof1.xml"),
                "Laptop-C-prof1.xml", d);
        DiscreteEvaluator laptop = (DiscreteEvaluator) p.evaluators().get(0);
        assertThat(laptop.rawEvaluations()).containsEntry("Dell", 12.0).containsEntry("HP", 30.0);
        assertThat(laptop.evaluate("Dell")).isEqualTo(12.0 / 30.0); // divided by the issue's largest evaluation
        assertThat(p.weights()).containsExactly(0.4452125771655631, 0.37808251708013424, 0.1767567099260568);
        assertThat(p.weights().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0000518, within(1e-7));
        assertThat(p.reservationValue()).hasValue(0.0);
        assertThat(p.discountFactor()).hasValue(1.0);
    }

    @Test
    void negativeReservationValueAndMissingDiscountAreKept() {
        Domain d = GeniusXmlReader.readDomain(res("ItexvsCypress/ItexvsCypress_domain.xml"), "dom");
        Profile p = GeniusXmlReader.readProfile(res("ItexvsCypress/Itex.xml"), "Itex.xml", d);
        assertThat(p.reservationValue()).hasValue(-0.03864871609160703);
        assertThat(p.discountFactor()).isEmpty();
        assertThat(p.effectiveDiscountFactor()).isEqualTo(1.0);
    }

    /**
     * NegMAS's doctest (yasserfarouk/negmas src/negmas/inout.py:2618-2625, quoted in
     * reference/negotiation-platforms.md §2.3) gives the raw rectangle sum 186.0 for the outcome [0.5]*10 on
     * 10issues profile-1; GENIUS then divides by maxutility 662.
     */
    @Test
    void hyperRectangleProfileReproducesTheRawSumOfNegmasAndDividesByMaxUtility() {
        Domain d = GeniusXmlReader.readDomain(res("10issues/10issues-domain.xml"), "10issues-domain.xml");
        assertThat(d.issues()).hasSize(10).allMatch(i -> i instanceof IntegerIssue ii && ii.valueCount() == 10);
        HyperRectangleProfile p = (HyperRectangleProfile) GeniusXmlReader.readProfile(res("10issues/profile-1.xml"),
                "profile-1.xml", d);
        assertThat(p.maxUtility()).isEqualTo(662.0);
        assertThat(p.root().children()).hasSize(1);
        assertThat(p.root().children().get(0).rectangles()).hasSize(20);
        double[] half = new double[10];
        Arrays.fill(half, 0.5);
        assertThat(p.root().utility(half)).isEqualTo(186.0);
        assertThat(p.utility(half)).isEqualTo(186.0 / 662.0);
        assertThat(p.reservationValueOrZero()).isZero();
    }

    @Test
    void malformedXmlNamesFileAndLine() {
        assertThatThrownBy(() -> GeniusXmlReader.readDomain(xml("<negotiation_template>\n<utility_space>\n<objective"
                + " name=\"x\">\n</utility_space>"), "broken.xml"))
                .isInstanceOf(GeniusFormatException.class)
                .hasMessageStartingWith("broken.xml:4:")
                .hasMessageContaining("malformed XML");
    }

    @Test
    void semanticErrorsNameTheLineAndWhatIsValid() {
        String domain = """
                <negotiation_template><utility_space><objective index="0" name="d">
                <issue index="1" name="a" type="discrete"><item index="1" value="x"/><item index="2" value="y"/></issue>
                <issue index="2" name="b" type="integer" lowerbound="0" upperbound="3"/>
                </objective></utility_space></negotiation_template>""";
        Domain d = GeniusXmlReader.readDomain(xml(domain), "d.xml");
        assertThat(d.issues()).hasSize(2);

        String missingWeight = """
                <utility_space><objective index="0" name="d">
                <issue index="1" name="a" type="discrete"><item index="1" value="x" evaluation="1"/></issue>
                <issue index="2" name="b" type="integer" lowerbound="0" upperbound="3">
                  <evaluator ftype="linear" slope="0.25" offset="0"/></issue>
                <weight index="1" value="0.5"/>
                </objective></utility_space>""";
        assertThatThrownBy(() -> GeniusXmlReader.readProfile(xml(missingWeight), "p.xml", d))
                .isInstanceOf(GeniusFormatException.class)
                .hasMessageContaining("p.xml:1:")
                .hasMessageContaining("'b' has no <weight");

        String unknownValue = missingWeight.replace("value=\"x\" evaluation", "value=\"z\" evaluation");
        assertThatThrownBy(() -> GeniusXmlReader.readProfile(xml(unknownValue), "p.xml", d))
                .hasMessageContaining("p.xml:2:")
                .hasMessageContaining("value 'z' is not a value of issue 'a'; domain values: [x, y]");

        String badNumber = missingWeight.replace("slope=\"0.25\"", "slope=\"steep\"");
        assertThatThrownBy(() -> GeniusXmlReader.readProfile(xml(badNumber), "p.xml", d))
                .hasMessageContaining("p.xml:4:")
                .hasMessageContaining("slope=\"steep\"");

        String constraint = "<utility_space type=\"constraint\"><objective index=\"0\"/></utility_space>";
        assertThatThrownBy(() -> GeniusXmlReader.readProfile(xml(constraint), "c.xml", d))
                .hasMessageContaining("type 'constraint' is not supported");

        String intProfile = missingWeight.replace("<weight index=\"1\" value=\"0.5\"/>",
                "<weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.5\"/>");
        AdditiveProfile ok = (AdditiveProfile) GeniusXmlReader.readProfile(xml(intProfile), "p.xml", d);
        assertThat(ok.weights()).isEqualTo(List.of(0.5, 0.5));
    }
}
