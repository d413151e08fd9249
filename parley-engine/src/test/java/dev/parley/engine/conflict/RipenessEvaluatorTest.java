package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RipenessEvaluatorTest {
    private static final RipenessThresholds LENIENT =
            new RipenessThresholds(0.05, 0.1, 6, new double[] {0.0, 0.0});

    /** Issue 4 / reference §1.7 "Ripeness (3)": j=5, N=10, π^A=0.6, π^B=0.4, cost per battle 0.01 and 0.03. */
    @Test
    void wayOutTestVector() {
        double wA = new GamblersRuin(5, 10, 0.6).warValueA(0.01);
        double wB = new GamblersRuin(5, 10, 0.4).warValueB(0.01);
        assertThat(wA).isCloseTo(0.6918, within(5e-5));
        assertThat(wB).isCloseTo(0.6918, within(5e-5));
        assertThat(wA + wB).isCloseTo(1.384, within(5e-4));
        RipenessEvaluator evaluator = new RipenessEvaluator(LENIENT, "A", "B");
        RipenessAssessment notRipe = evaluator.assess(0, new double[2], new double[2], new double[] {0.01, 0.01},
                new double[] {wA, wB}, WayOutTest.divisibleGood());
        assertThat(notRipe.wayOut()).isFalse();
        assertThat(notRipe.ripe()).isFalse();
        assertThat(notRipe.reasons()).containsExactly(
                "no way out: no agreement gives every party its value of fighting on (A 0.6918, B 0.6918)");

        double wA3 = new GamblersRuin(5, 10, 0.6).warValueA(0.03);
        double wB3 = new GamblersRuin(5, 10, 0.4).warValueB(0.03);
        assertThat(wA3).isCloseTo(0.3082, within(5e-5));
        assertThat(wB3).isCloseTo(0.3082, within(5e-5));
        RipenessAssessment ripe = evaluator.assess(0, new double[2], new double[2], new double[] {0.03, 0.03},
                new double[] {wA3, wB3}, WayOutTest.divisibleGood());
        assertThat(ripe.ripe()).isTrue();
        assertThat(ripe.reasons()).isEmpty();
    }

    @Test
    void commonBeliefsAlwaysLeaveAWayOut() {
        double w = new GamblersRuin(5, 10, 0.5).warValueA(0.01);
        assertThat(w).isCloseTo(0.25, within(1e-12));
        assertThat(WayOutTest.divisibleGood().exists(new double[] {w, new GamblersRuin(5, 10, 0.5).warValueB(0.01)}))
                .isTrue();
    }

    @Test
    void outcomeTableNeedsOneAgreementGoodEnoughForAll() {
        WayOutTest table = WayOutTest.outcomeTable(new double[][] {{0.9, 0.5, 0.2}, {0.1, 0.45, 0.8}}, 1e-9);
        assertThat(table.exists(new double[] {0.5, 0.45})).isTrue();
        assertThat(table.exists(new double[] {0.5, 0.46})).isFalse();
        assertThat(table.exists(new double[] {0.95, 0.0})).isFalse();
    }

    /**
     * A flat front (no drift, small volatility, far from the bounds) is a stalemate every month; costs
     * c(t) = 0.005 + 0.001·t cross both pain thresholds κ = 0.012 at t = 7; with costs that high both sides' values
     * of fighting leave a way out. So the first ripe month is 7, and before it only "hurting" fails.
     */
    @Test
    void monthByMonthFirstRipeMonthIsWhenCostsCrossThePainThreshold() {
        int months = 12;
        int window = 6;
        FrontRandomWalk walk = FrontRandomWalk.constant(0.0, 0.01);
        RipenessThresholds thresholds = new RipenessThresholds(0.01, 0.05, window, new double[] {0.012, 0.012});
        RipenessEvaluator evaluator = new RipenessEvaluator(thresholds, "A", "B");
        double[][] change = new double[2][months];
        double[][] decisive = new double[2][months];
        double[][] cost = new double[2][months];
        double[][] war = new double[2][months];
        FightingValueTable a = new DiscretisedFrontValueOfFighting().table(
                new FightingValueProblem(walk, 0.0, f -> f, 0.005, 0.001, 0.99, 36));
        FightingValueTable b = new DiscretisedFrontValueOfFighting().table(
                new FightingValueProblem(walk, 0.0, f -> 1 - f, 0.005, 0.001, 0.99, 36));
        for (int t = 0; t < months; t++) {
            double[] s = RipenessEvaluator.stalemateInputs(walk, 0.5, t, window);
            for (int i = 0; i < 2; i++) {
                change[i][t] = s[0];
                decisive[i][t] = s[1];
                cost[i][t] = 0.005 + 0.001 * t;
            }
            war[0][t] = a.value(t, 0.5);
            war[1][t] = b.value(t, 0.5);
        }
        List<RipenessAssessment> timeline = evaluator.timeline(change, decisive, cost, war, WayOutTest.divisibleGood());
        // the one-call scan from each party's own model gives the same assessments
        double[] path = new double[months];
        java.util.Arrays.fill(path, 0.5);
        assertThat(evaluator.scan(new FightingValueProblem[] {
            new FightingValueProblem(walk, 0.0, f -> f, 0.005, 0.001, 0.99, 36),
            new FightingValueProblem(walk, 0.0, f -> 1 - f, 0.005, 0.001, 0.99, 36)}, path, WayOutTest.divisibleGood()))
                .isEqualTo(timeline);
        assertThat(RipenessEvaluator.firstRipeMonth(timeline)).hasValue(7);
        for (RipenessAssessment m : timeline) {
            assertThat(m.stalemate()).isTrue();
            assertThat(m.wayOut()).isTrue();
            assertThat(m.hurting()).isEqualTo(m.month() >= 7);
        }
        assertThat(timeline.get(3).reasons()).containsExactly(
                "not hurting for A: cost 0.0080 per month below its pain threshold 0.0120",
                "not hurting for B: cost 0.0080 per month below its pain threshold 0.0120");
    }

    @Test
    void aDriftingFrontIsNoStalemateForThePartyThatSeesIt() {
        FrontRandomWalk optimist = FrontRandomWalk.constant(0.01, 0.01);
        double[] s = RipenessEvaluator.stalemateInputs(optimist, 0.5, 0, 6);
        assertThat(s[0]).isCloseTo(0.06, within(1e-6));
        RipenessEvaluator evaluator = new RipenessEvaluator(
                new RipenessThresholds(0.02, 0.05, 6, new double[] {0.0, 0.0}), "UA", "RU");
        RipenessAssessment m = evaluator.assess(0, new double[] {s[0], 0.0}, new double[] {s[1], 0.0},
                new double[] {0.01, 0.01}, new double[] {0.3, 0.3}, WayOutTest.divisibleGood());
        assertThat(m.stalemate()).isFalse();
        assertThat(m.reasons()).containsExactly(
                "no stalemate for UA: expects the front to move by 0.0600 within 6 months (threshold 0.0200)");
    }

    @Test
    void mismatchedInputsAreRejectedWithTheCounts() {
        RipenessEvaluator evaluator = new RipenessEvaluator(LENIENT, "A", "B");
        assertThatThrownBy(() -> evaluator.assess(0, new double[3], new double[2], new double[2], new double[2],
                WayOutTest.divisibleGood())).hasMessageContaining("expectedChange has 3 entries; expected one per party (2)");
    }
}
