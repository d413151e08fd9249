package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The textbook logroll: A weighs issue 0 at 0.8, B weighs issue 1 at 0.8; from the outcome where each holds the
 * issue the other cares about, conceding both gives (+0.6, +0.6) although each move alone hurts someone.
 */
class TradeFinderTest {
    @Test
    void findsTheLogrollAndRanksByJointGain() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(2, 2, 3);
        AdditiveUtility a = AdditiveUtility.of(s, new double[] {0.8, 0.2, 0.0}, new double[][] {{0, 1}, {1, 0}, {0, 0, 0}});
        AdditiveUtility b = AdditiveUtility.of(s, new double[] {0.2, 0.8, 0.1}, new double[][] {{1, 0}, {0, 1}, {0, 0.5, 1}});
        TradeSearch r = new TradeFinder().find(List.of(a, b), new int[] {0, 0, 0}, RedLines.none(s), 10);
        assertThat(r.totalFound()).isEqualTo(1);
        Trade t = r.trades().get(0);
        assertThat(t.moves()).containsExactly(new Trade.Move(0, 0, 1), new Trade.Move(1, 0, 1));
        assertThat(t.gains()).containsExactly(new double[] {0.6, 0.6}, within(1e-12));
        assertThat(t.jointGain()).isCloseTo(1.2, within(1e-12));
        assertThat(t.logroll()).isTrue();
    }

    @Test
    void redLinesBlockMovesAndTheListIsCutOnlyWithTheTotalReported() {
        OutcomeSpace s = OutcomeSpace.ofOptionCounts(2, 2, 3);
        AdditiveUtility a = AdditiveUtility.of(s, new double[] {0.5, 0.3, 0.2}, new double[][] {{0, 1}, {0, 1}, {0, 0.5, 1}});
        AdditiveUtility b = AdditiveUtility.of(s, new double[] {0.5, 0.3, 0.2}, new double[][] {{0, 1}, {0, 1}, {0, 0.5, 1}});
        // identical preferences: every single move up and every pair of moves up improves both
        TradeSearch all = new TradeFinder().find(List.of(a, b), new int[] {0, 0, 0}, RedLines.none(s), 2);
        // singles: 4 (issue0→1, issue1→1, issue2→1, issue2→2); pairs across issues: 1·1 + 1·2 + 1·2 = 5
        assertThat(all.totalFound()).isEqualTo(9);
        assertThat(all.trades()).hasSize(2);
        assertThat(all.trades().get(0).jointGain()).isCloseTo(2 * (0.5 + 0.3), within(1e-12)); // issues 0 and 1 up
        boolean[][] forbid = {{false, true}, {false, false}, {false, false, false}};
        TradeSearch blocked = new TradeFinder().find(List.of(a, b), new int[] {0, 0, 0}, RedLines.of(s, forbid), 100);
        assertThat(blocked.totalFound()).isEqualTo(5); // singles 3, pairs 1·2
    }
}
