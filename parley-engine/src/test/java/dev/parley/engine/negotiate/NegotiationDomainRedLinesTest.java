package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The red-line mask of a domain, outcome by outcome, against decoding each outcome and asking the red lines. */
class NegotiationDomainRedLinesTest {

    static LongStream seeds() {
        return LongStream.range(1, 61);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void excludesExactlyTheOutcomesCrossingARedLine(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int issues = 1 + rng.nextInt(5);
        int[] counts = new int[issues];
        for (int k = 0; k < issues; k++) {
            counts[k] = 2 + rng.nextInt(6);
        }
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(counts);
        int size = (int) space.size();
        int deciders = 2 + rng.nextInt(2);
        List<RedLines> red = new ArrayList<>();
        for (int j = 0; j < deciders; j++) {
            boolean[][] forbidden = new boolean[issues][];
            for (int k = 0; k < issues; k++) {
                forbidden[k] = new boolean[counts[k]];
                for (int o = 1; o < counts[k]; o++) { // option 0 stays open, so something is left to negotiate
                    forbidden[k][o] = rng.nextInt(6) == 0;
                }
            }
            red.add(RedLines.of(space, forbidden));
        }
        double[][] u = new double[deciders][size];
        NegotiationDomain domain = NegotiationDomain.of(space, u, 2, red);
        RedLines all = RedLines.union(space, red.toArray(new RedLines[0]));
        int[] choice = new int[issues];
        for (int x = 0; x < size; x++) {
            space.decode(x, choice);
            assertThat(domain.excluded(x)).as("outcome %d", x).isEqualTo(all.crosses(choice));
        }
    }

    @Test
    void refusesRedLinesThatLeaveNothing() {
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(2, 3);
        RedLines a = RedLines.of(space, new boolean[][] {{true, false}, {false, false, false}});
        RedLines b = RedLines.of(space, new boolean[][] {{false, true}, {false, false, false}});
        assertThatThrownBy(() -> NegotiationDomain.of(space, new double[2][6], 2, List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every one of the 6 outcomes crosses a red line");
    }
}
