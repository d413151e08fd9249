package dev.parley.io.forecast;

import dev.parley.model.forecast.ForecastProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BdmCsvReaderTest {

    static final String CSV = ReaderTestSupport.resource("/bdm/ExampleActors.csv");

    @Test
    void readsScholzsExample() {
        ForecastProblem p = new BdmCsvReader().read(CSV, "ExampleActors.csv");
        assertThat(p.actors()).hasSize(10);
        assertThat(p.dimensions().get(0).name()).isEqualTo("Position");
        assertThat(p.dimensions().get(0).low()).isEqualTo(4.0);
        assertThat(p.dimensions().get(0).high()).isEqualTo(10.0);
        // UK,0.16,10,0.9 (Scholz Table 1)
        assertThat(p.actors().get(6).name()).isEqualTo("UK");
        assertThat(p.actors().get(6).capability()).isEqualTo(0.16);
        assertThat(p.actors().get(6).position(0)).isEqualTo(10.0);
        assertThat(p.actors().get(6).salience(0)).isEqualTo(0.9);
    }

    @Test
    void columnsMayComeInAnyOrder() {
        String swapped = "Salience,Position,Actor,Capability\n0.8,4,Netherlands,0.08\n0.4,7,Belgium,0.08\n";
        ForecastProblem p = new BdmCsvReader().read(swapped, "s.csv");
        assertThat(p.actors().get(1).name()).isEqualTo("Belgium");
        assertThat(p.actors().get(1).salience(0)).isEqualTo(0.4);
        assertThat(p.actors().get(1).position(0)).isEqualTo(7.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Actor,Capability,Position,Salience|Actor,Capability,Position|1|0|header has no 'Salience' column|Actor, Capability, Position and Salience",
        "Belgium,0.08,7,0.4|Belgium,0.08,7,1.4|3|16|salience of 'Belgium' 1.4 is out of range|from 0 to 1",
        "Belgium,0.08,7,0.4|Belgium,-0.08,7,0.4|3|9|capability of 'Belgium' -0.08 is negative|>= 0",
        "Belgium,0.08,7,0.4|Belgium,0.08,seven,0.4|3|14|position of 'Belgium' 'seven' is not a number|finite number",
        "Belgium,0.08,7,0.4|Netherlands,0.08,7,0.4|3|1|actor 'Netherlands' appears again|first on line 2",
        "Belgium,0.08,7,0.4|Belgium,0.08,7|3|0|line has 3 fields|the header has 4",
    })
    void rejectsMalformedInput(String from, String to, int line, int column, String problem, String hint) {
        String bad = CSV.replaceFirst(java.util.regex.Pattern.quote(from), to);
        ForecastInputException e = catchThrowableOfType(ForecastInputException.class,
                () -> new BdmCsvReader().read(bad, "bad.csv"));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.problem()).contains(problem);
        assertThat(e.hint()).contains(hint);
    }
}
