package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.space.OutcomeSpace;
import org.junit.jupiter.api.Test;

/** The frequency model's estimate against its formula, worked by hand. */
class FrequencyOpponentModelTest {

    @Test
    void countsOptionsAndRaisesTheWeightOfUnchangedIssues() {
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(2, 3); // index = 3·x0 + x1
        FrequencyOpponentModel m = new FrequencyOpponentModel(space, 2);
        assertThat(m.estimate(1, 5)).isZero(); // nothing seen yet
        m.observe(1, (int) space.encode(new int[] {1, 0}));
        m.observe(1, (int) space.encode(new int[] {1, 2}));
        // issue 0 unchanged once: weights (1.1, 1.0), sum 2.1; counts issue0 {0, 2} (max 2), issue1 {1, 0, 1} (max 1)
        // x = (1, 2): (1.1·2/2 + 1.0·1/1)/2.1 = 1;  x = (0, 1): 0;  x = (1, 1): 1.1/2.1;  x = (0, 0): 1/2.1
        assertThat(m.estimate(1, (int) space.encode(new int[] {1, 2}))).isCloseTo(1.0, within(1e-15));
        assertThat(m.estimate(1, (int) space.encode(new int[] {0, 1}))).isZero();
        assertThat(m.estimate(1, (int) space.encode(new int[] {1, 1}))).isCloseTo(1.1 / 2.1, within(1e-15));
        assertThat(m.estimate(1, (int) space.encode(new int[] {0, 0}))).isCloseTo(1.0 / 2.1, within(1e-15));
        // party 0 sees only party 1's estimate; party 1 sees nobody's (party 0 has not offered)
        assertThat(m.othersEstimate(0, (int) space.encode(new int[] {1, 1}))).isCloseTo(1.1 / 2.1, within(1e-15));
        assertThat(m.othersEstimate(1, (int) space.encode(new int[] {1, 1}))).isZero();
    }
}
