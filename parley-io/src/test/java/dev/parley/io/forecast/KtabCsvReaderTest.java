package dev.parley.io.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class KtabCsvReaderTest {

    static final String CSV = ReaderTestSupport.resource("/ktab/dummyData_3Dim.csv");

    @Test
    void readsTheKtabExampleAsKtabDoes() {
        KtabScenario s = new KtabCsvReader().read(CSV, "dummyData_3Dim.csv");
        ForecastProblem p = s.problem();
        assertThat(p.name()).isEqualTo("DummyData_3Dim");
        assertThat(p.description()).isEqualTo("Dummy scenario to test reading format");
        assertThat(p.dimensions()).extracting(d -> d.name()).containsExactly("Pstn1", "Pstn2", "Pstn3");
        assertThat(p.actors()).hasSize(7);
        // the reference log echoes: pos[2, 2] = 0.070, sal[2, 2] = 34.620, Actor 2 power 129.6
        ForecastActor a2 = p.actors().get(2);
        assertThat(a2.name()).isEqualTo("SActor-02");
        assertThat(a2.description()).isEqualTo("Random Spatial Actor");
        assertThat(a2.capability()).isEqualTo(129.643);
        assertThat(a2.positions()).containsExactly(82.45, 90.89, 0.07);
        // KTAB divides by 100 after reading; so do we, bit for bit
        assertThat(a2.saliences()).containsExactly(48.47 / 100.0, 13.55 / 100.0, 34.62 / 100.0);
        assertThat(s.parameters()).isEmpty();
        assertThat(s.accommodation()[3]).containsExactly(0, 0, 0, 1, 0, 0, 0);
    }

    @Test
    void acceptsLinesWithoutTheTrailingCommaAndCrlf(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String noComma = CSV.replace(",\n", "\n").replace("\n", "\r\n");
        Path f = dir.resolve("x.csv");
        Files.writeString(f, noComma);
        assertThat(new KtabCsvReader().read(f).problem()).isEqualTo(new KtabCsvReader().read(CSV, "y").problem());
    }

    /** Malformed variants: (replace this, by that) -> expected line, column and message fragment. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "',7,3,'|',seven,3,'|1|57|number of actors 'seven' is not a whole number|whole number from 3 to 250",
        "',7,3,'|',2,3,'|1|57|number of actors 2 is out of range|from 3 to 250",
        "'82.72, 30.33'|'182.72, 30.33'|4|43|position of actor 'SActor-01' on 'Pstn1' 182.72 is out of range|from 0 to 100",
        "'49.53,  6.37'|'49.5x,  6.37'|3|50|salience of actor 'SActor-00' on 'Pstn1' '49.5x' is not a number|from 0 to 100",
        "'22.59,'|'62.59,'|7|78|saliences of actor 'SActor-04' add up to 128.98 by 'Pstn3'|at most 100",
        "'SActor-03,'|'SActor-01,'|6|1|actor name 'SActor-01' is used again|first used on line 4",
        "' 63.224, 82.34, 40.96,'|' 63.224,'|7|0|line has 7 fields, expected 9|name, description, capability",
        "' 102.543,'|' -1,'|3|34|capability of actor 'SActor-00' -1 is out of range|0 up to",
        "'format\",7'|'format\" x,7'|1|57|unexpected text after a quoted field|delimiter right after",
        "'format\",7'|'format,7'|1|17|quoted field is not closed|end it with a double quote",
    })
    void rejectsMalformedInputWithItsLocation(String from, String to, int line, int column, String problem,
                                              String hint) {
        assertThat(CSV).contains(from);
        String bad = CSV.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        ForecastInputException e = catchThrowableOfType(ForecastInputException.class,
                () -> new KtabCsvReader().read(bad, "bad.csv"));
        assertThat(e).as("no exception for %s", to).isNotNull();
        assertThat(e.getMessage()).startsWith("bad.csv:" + line + (column > 0 ? ":" + column : "") + ": ");
        assertThat(e.problem()).contains(problem);
        assertThat(e.hint()).contains(hint);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
    }

    @Test
    void countsActorLinesAgainstTheDeclaration() {
        String missing = CSV.substring(0, CSV.lastIndexOf("SActor-06"));
        assertThatThrownBy(() -> new KtabCsvReader().read(missing, "m.csv"))
                .isInstanceOf(ForecastInputException.class)
                .hasMessage("m.csv:9: found 6 actor lines (line 1 declares 7 actors, one line each from line 3)");
        assertThatThrownBy(() -> new KtabCsvReader().read("", "e.csv")).hasMessageStartingWith("e.csv:1: file is empty");
    }
}
