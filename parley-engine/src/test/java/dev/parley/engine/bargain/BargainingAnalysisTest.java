package dev.parley.engine.bargain;

import dev.parley.engine.space.Commitments;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.PartyValuation;
import dev.parley.engine.space.RedLines;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A two-issue logroll worked by hand. A weighs issue 0 at 0.8 and issue 1 at 0.2, B the reverse; option 1 of
 * issue 0 is A's preferred one, option 1 of issue 1 B's; option 0 is each issue's no-deal state. Outcomes:
 * (0,0) → (0.2, 0.2), (1,0) → (1.0, 0.0), (0,1) → (0.0, 1.0), (1,1) → (0.8, 0.8).
 */
class BargainingAnalysisTest {
    private BargainingProblem problem(double credibilityOfB, double[] w) {
        OutcomeSpace s = OutcomeSpace.builder().discreteIssue("territory", "held by B", "to A")
                .discreteIssue("guarantees", "none", "for B").build();
        PartyValuation a = new PartyValuation(new double[] {0.8, 0.2}, new double[][] {{0, 1}, {1, 0}}, new int[] {0, 0});
        PartyValuation b = new PartyValuation(new double[] {0.2, 0.8}, new double[][] {{1, 0}, {0, 1}}, new int[] {0, 0});
        // "to A" is delivered by B with credibility credibilityOfB; "for B" is delivered by A, fully credible
        Commitments c = new Commitments(new double[][] {{1, credibilityOfB}, {1, 1}}, new int[][] {{-1, 1}, {-1, 0}});
        return new BargainingProblem(s, List.of("A", "B"), List.of(a, b), c, new double[][] {{1, 1}, {1, 1}},
                List.of(RedLines.none(s), RedLines.none(s)), w);
    }

    @Test
    void frontierSolutionsZopaAndTradesOfTheLogroll() {
        BargainingReport r = new BargainingAnalysis().analyse(problem(1.0, new double[] {0.5, 0.5}), new SplittableRandom(1));
        assertThat(r.frontier().points()).isDeepEqualTo(new double[][] {{1.0, 0.0}, {0.8, 0.8}, {0.0, 1.0}});
        assertThat(r.solutions().get(SolutionConcept.NASH).orElseThrow().utilities())
                .containsExactly(new double[] {0.8, 0.8}, within(1e-12));
        assertThat(r.solutions().get(SolutionConcept.UTILITARIAN).orElseThrow().objective()).isCloseTo(1.6, within(1e-12));
        assertThat(r.zopa().size().count()).isEqualTo(1);
        assertThat(r.zopa().empty()).isFalse();
        TradeSearch t = new BargainingAnalysis().trades(problem(1.0, new double[] {0.5, 0.5}), new int[] {0, 0}, 5);
        assertThat(t.totalFound()).isEqualTo(1);
        assertThat(t.trades().get(0).gains()).containsExactly(new double[] {0.6, 0.6}, within(1e-12));
    }

    /**
     * If A believes B's territorial promise only with q = 0.25, A's U^e of (1,1) is 0.8·(0.25·1 + 0.75·0) + 0.2·0 =
     * 0.2; the ZOPA against W = (0.5, 0.5) is then empty, and A's value of no deal must fall
     * by 0.3 to open it; the promise becomes an empty chip offered by B (not credible).
     */
    @Test
    void lowCredibilityEmptiesTheZopaAndTheChip() {
        BargainingReport r = new BargainingAnalysis().analyse(problem(0.25, new double[] {0.5, 0.5}), new SplittableRandom(1));
        assertThat(r.expectedUtilities().get(0).utility(new int[] {1, 1})).isCloseTo(0.2, within(1e-12));
        assertThat(r.zopa().empty()).isTrue();
        ZopaOpening o = r.zopa().opening().orElseThrow();
        assertThat(o.singlePartyFall()[0]).isCloseTo(0.3, within(1e-12));
        assertThat(r.solutions().get(SolutionConcept.NASH)).isEmpty();
        // with ε = 0.3 the territorial promise (gain 0.8·0.25·1 = 0.2) is empty for lack of credibility
        BargainingReport strict = new BargainingAnalysis(1e-9, 0.3).analyse(problem(0.25, new double[] {0.5, 0.5}),
                new SplittableRandom(1));
        assertThat(strict.emptyChips()).anySatisfy(c -> {
            assertThat(c.chip()).isEqualTo(new Chip(0, 1, 1, 0));
            assertThat(c.reason()).contains(EmptyChipReason.NOT_CREDIBLE);
            assertThat(c.gain()).isCloseTo(0.2, within(1e-12));
        });
    }
}
