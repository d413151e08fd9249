package dev.parley.io.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class SurvivalCsvReaderTest {
    private final SurvivalCsvReader reader = new SurvivalCsvReader();

    private SurvivalData read(String text) {
        return reader.read(new StringReader(text), "spells.csv");
    }

    @Test
    void readsOneRowPerSpell() {
        SurvivalData data = read("id,time,event,pk,\"war cost\"\nkorea,51.4,0,1,2.5\nX,1.05,1,0,0.3\n");
        assertThat(data.rows()).isEqualTo(2);
        assertThat(data.covariateNames()).containsExactly("pk", "war cost");
        assertThat(data.start()).containsExactly(0.0, 0.0);
        assertThat(data.stop()).containsExactly(51.4, 1.05);
        assertThat(data.event()).containsExactly(0, 1);
        assertThat(data.covariate(1)).containsExactly(2.5, 0.3);
        assertThat(data.ids()).containsExactly("korea", "X");
    }

    @Test
    void readsCountingProcessRows() {
        SurvivalData data = read("id,start,stop,event,pk\n1,0,2,0,0\n1,2,5,1,1\n\n2,0,3,0,0\n");
        assertThat(data.rows()).isEqualTo(3);
        assertThat(data.start()).containsExactly(0.0, 2.0, 0.0);
        assertThat(data.stop()).containsExactly(2.0, 5.0, 3.0);
        assertThat(data.event()).containsExactly(0, 1, 0);
    }

    @Test
    void reportsABadNumberWithLineAndColumn() {
        assertThatThrownBy(() -> read("time,event,x\n1,1,0.5\n2,0,abc\n"))
                .isInstanceOf(SurvivalDataException.class)
                .hasMessage("spells.csv:3:3: 'x' = 'abc' is not a finite number; expected e.g. 3.5")
                .satisfies(e -> {
                    SurvivalDataException s = (SurvivalDataException) e;
                    assertThat(s.line()).isEqualTo(3);
                    assertThat(s.column()).isEqualTo(3);
                });
    }

    @Test
    void reportsABadEvent() {
        assertThatThrownBy(() -> read("time,event\n1,2\n"))
                .hasMessage("spells.csv:2:2: event = '2'; expected 1 (failure) or 0 (censored)");
    }

    @Test
    void reportsAnIntervalThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> read("start,stop,event\n0,2,0\n3,3,1\n"))
                .hasMessage("spells.csv:3:2: stop = 3 must be greater than start = 3 (rows cover (start, stop])");
    }

    @Test
    void reportsAMissingTimeColumnWithTheValidForms() {
        assertThatThrownBy(() -> read("duration,event\n1,1\n"))
                .hasMessage("spells.csv:1: header 'duration,event' needs a 'time' column, or both 'start' and 'stop'");
    }

    @Test
    void reportsWrongFieldCountAndEmptyCells() {
        assertThatThrownBy(() -> read("time,event,x\n1,1\n"))
                .hasMessage("spells.csv:2: has 2 fields but the header has 3 (time,event,x)");
        assertThatThrownBy(() -> read("time,event,x\n1,1,\n"))
                .hasMessageStartingWith("spells.csv:2:3: empty 'x'; expected a number");
    }

    @Test
    void reportsBrokenQuotingAsACsvProblem() {
        assertThatThrownBy(() -> read("time,event\n1,1\n\"2,0\n"))
                .isInstanceOf(SurvivalDataException.class)
                .hasMessageStartingWith("spells.csv:3: not readable as CSV");
    }

    @Test
    void rejectsUcdpFileWithoutTheNeededColumns() {
        assertThatThrownBy(() -> new UcdpTerminationReader().read(new StringReader("DyadId,Year\n1,1990\n"), "u.csv"))
                .hasMessageStartingWith("u.csv:1: no 'DyadEp' column");
    }
}
