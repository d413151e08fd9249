package dev.parley.io.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DeuTsvReaderTest {

    static final String TSV = ReaderTestSupport.resource("/deu/deu3-dev.tsv");

    @Test
    void readsTheDevelopmentSplit() {
        DeuTsvReader.Result r = new DeuTsvReader().read(TSV, "deu3-dev.tsv");
        // 122 issues (README), of which 4 have no outcome: lines 8, 70, 116 and 121
        assertThat(r.cases()).hasSize(118);
        assertThat(r.notes()).filteredOn(n -> n.contains("skipped: no outcome")).containsExactly(
                "deu3-dev.tsv:8: issue d95341i2 skipped: no outcome",
                "deu3-dev.tsv:70: issue d05214i3 skipped: no outcome",
                "deu3-dev.tsv:116: issue d170245i1 skipped: no outcome",
                "deu3-dev.tsv:121: issue d160397i2 skipped: no outcome");
        // positions without salience: d06130i2 (el, lu), n07224i2 (ep, lt), d160231i3 (el)
        assertThat(r.notes()).filteredOn(n -> n.contains("no salience")).hasSize(5);

        ForecastCase first = r.cases().get(0);
        assertThat(first.id()).isEqualTo("d00032i1");
        assertThat(first.outcome()).containsExactly(100.0);
        assertThat(first.problem().actors()).hasSize(17);
        ForecastActor com = first.problem().actors().get(0);
        assertThat(com.name()).isEqualTo("com");
        assertThat(com.capability()).isEqualTo(4.1);
        assertThat(com.position(0)).isEqualTo(100.0);
        assertThat(com.salience(0)).isEqualTo(0.5);
        ForecastActor de = first.problem().actors().stream().filter(a -> a.name().equals("de")).findFirst().orElseThrow();
        assertThat(de.capability()).isEqualTo(4.1);
        assertThat(de.position(0)).isEqualTo(0.0);
        assertThat(de.salience(0)).isEqualTo(0.8);
    }

    @Test
    void rejectsBadCapabilityFieldCountAndOutcome() {
        String[] lines = TSV.split("\n", -1);
        String badCap = TSV.replaceFirst("\"4\\.1\"", "\"x\"");
        ForecastInputException e = catchThrowableOfType(ForecastInputException.class,
                () -> new DeuTsvReader().read(badCap, "d.tsv"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.problem()).isEqualTo("capability of actor 'com' 'x' is not a number");

        String shortLine = TSV.replace(lines[3], lines[3].substring(0, lines[3].lastIndexOf('\t')));
        ForecastInputException f = catchThrowableOfType(ForecastInputException.class,
                () -> new DeuTsvReader().read(shortLine, "d.tsv"));
        assertThat(f.getMessage()).isEqualTo("d.tsv:4: line has 74 tab-separated fields (the header has 75)");

        String badOut = TSV.replace(lines[2], lines[2].substring(0, lines[2].lastIndexOf('\t')) + "\t120");
        ForecastInputException g = catchThrowableOfType(ForecastInputException.class,
                () -> new DeuTsvReader().read(badOut, "d.tsv"));
        assertThat(g.line()).isEqualTo(3);
        assertThat(g.problem()).isEqualTo("outcome of issue d00032i1 120 is out of range");
        assertThat(g.hint()).isEqualTo("a number from 0 to 100");
    }
}
