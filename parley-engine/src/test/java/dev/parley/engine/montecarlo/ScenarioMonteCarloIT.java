package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Monte Carlo over the shipped tutorial scenario (one probabilistic factor, three uncertain parameters). */
class ScenarioMonteCarloIT {

    private static final Path TUTORIAL = Path.of("..", "scenarios", "tutorial.yaml");
    private static final Scenario SCENARIO = ScenarioReader.read(TUTORIAL).scenario();

    @Test
    void oneTwoAndFourThreadsGiveIdenticalSummaries() {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(SCENARIO);
        DrawResults<DrawOutcome> one = new ParallelDrawRunner(1).run(1, 64, (i, rng) -> pipeline.run(rng));
        DrawResults<DrawOutcome> two = new ParallelDrawRunner(2).run(1, 64, (i, rng) -> pipeline.run(rng));
        DrawResults<DrawOutcome> four = new ParallelDrawRunner(4).run(1, 64, (i, rng) -> pipeline.run(rng));
        assertThat(two.results()).isEqualTo(one.results());
        assertThat(four.results()).isEqualTo(one.results());
        MonteCarloSummary s1 = MonteCarloSummary.of(one);
        MonteCarloSummary s4 = MonteCarloSummary.of(four);
        assertThat(s4.zopaAtStart()).isEqualTo(s1.zopaAtStart());
        assertThat(s4.ripeWithin()).isEqualTo(s1.ripeWithin());
        assertThat(MonteCarloSummary.convergence(four)).isEqualTo(MonteCarloSummary.convergence(one));
        assertThat(MonteCarloSummary.durabilityConvergence(four)).isEqualTo(MonteCarloSummary.durabilityConvergence(one));
        assertThat(s4.durability()).isEqualTo(s1.durability()); // record equality: bitwise on the doubles
        assertThat(s4.durabilityQuantiles().sortedValues()).isEqualTo(s1.durabilityQuantiles().sortedValues());
        assertThat(s1.draws()).isEqualTo(64);
        assertThat(s1.partial()).isFalse();
        // P(within 6) ≤ P(within 12) ≤ P(within 24): the window indicator is monotone in m draw by draw
        List<ProportionSummary> r = s1.ripeWithin();
        assertThat(r.get(0).successes()).isLessThanOrEqualTo(r.get(1).successes());
        assertThat(r.get(1).successes()).isLessThanOrEqualTo(r.get(2).successes());
    }

    /** Two shards (draws 0..23 on 1 thread, 24..63 on 2 threads) merge into the summary of the whole run. */
    @Test
    void shardsMergeIntoTheWholeRun() {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(SCENARIO);
        DrawTask<DrawOutcome> task = (i, rng) -> pipeline.run(rng);
        DrawResults<DrawOutcome> whole = new ParallelDrawRunner(2).run(1, 64, task);
        DrawResults<DrawOutcome> a = new ParallelDrawRunner(1).runShard(1, 0, 24, task,
                new java.util.concurrent.atomic.AtomicBoolean());
        DrawResults<DrawOutcome> b = new ParallelDrawRunner(2).runShard(1, 24, 40, task,
                new java.util.concurrent.atomic.AtomicBoolean());
        assertThat(b.firstDraw()).isEqualTo(24);
        assertThat(b.results()).isEqualTo(whole.results().subList(24, 64));
        MonteCarloSummary merged = MonteCarloSummary.of(a).merge(MonteCarloSummary.of(b));
        MonteCarloSummary all = MonteCarloSummary.of(whole);
        assertThat(merged.draws()).isEqualTo(64);
        assertThat(merged.zopaAtStart()).isEqualTo(all.zopaAtStart());
        assertThat(merged.ripeWithin()).isEqualTo(all.ripeWithin());
        assertThat(merged.durabilityQuantiles().sortedValues()).isEqualTo(all.durabilityQuantiles().sortedValues());
        assertThat(merged.durability().n()).isEqualTo(all.durability().n());
        assertThat(merged.durability().mean()).isCloseTo(all.durability().mean(), offset(1e-9));
        // PRCC inputs of a shard are regenerated from its own draw indices
        assertThat(ScenarioSensitivity.inputs(pipeline.sampler(), 1, 24, 40)[0])
                .isEqualTo(ScenarioSensitivity.inputs(pipeline.sampler(), 1, 0, 64)[24]);
    }

    /**
     * The sampler on the tutorial: harsh-winter is on with p = 0.3; trust.S.N ~ U[0.3, 0.7] (mean 0.5);
     * front.drift_per_month ~ Tri(0, 0.005, 0.01) (mean 0.005). CLT tolerances, 4.5 standard errors.
     */
    @Test
    void tutorialDrawsFollowTheScenarioLaws() {
        DrawSampler sampler = new ScenarioDrawPipeline(SCENARIO).sampler();
        int n = 20_000;
        int trust = sampler.table().indexOf("trust.S.N");
        int drift = sampler.table().indexOf("front.drift_per_month");
        double on = 0;
        double trustSum = 0;
        double driftSum = 0;
        for (int i = 0; i < n; i++) {
            DrawSampler.Draw d = sampler.sample(DrawStreams.forDraw(77, i));
            on += d.factorsOn()[0] ? 1 : 0;
            trustSum += d.parameters()[trust];
            driftSum += d.parameters()[drift];
            assertThat(d.parameters()[trust]).isBetween(0.3, 0.7);
        }
        assertThat(on / n).isCloseTo(0.3, offset(4.5 * Math.sqrt(0.21 / n)));
        assertThat(trustSum / n).isCloseTo(0.5, offset(4.5 * Math.sqrt(0.16 / 12 / n)));
        // Var Tri(0, c, 2c) = c²/6 with c = 0.005
        assertThat(driftSum / n).isCloseTo(0.005, offset(4.5 * Math.sqrt(0.005 * 0.005 / 6 / n)));
    }

    /**
     * A factor whose probability is itself drawn, p ~ U[0, 0.6]: P(on) = E[p] = 0.3 overall, and among draws with
     * p &lt; 0.3, P(on) = E[p | p &lt; 0.3] = 0.15 (CLT tolerances, 4.5 standard errors).
     */
    @Test
    void aDrawnFactorProbabilityIsTheOneUsed() throws Exception {
        Path file = Path.of(ScenarioMonteCarloIT.class.getResource("tutorial-drawn-probability.yaml").toURI());
        DrawSampler sampler = new ScenarioDrawPipeline(ScenarioReader.read(file).scenario()).sampler();
        int p = sampler.table().indexOf("factors.harsh-winter.probability");
        int n = 40_000;
        int on = 0;
        int low = 0;
        int lowOn = 0;
        for (int i = 0; i < n; i++) {
            DrawSampler.Draw d = sampler.sample(DrawStreams.forDraw(13, i));
            on += d.factorsOn()[0] ? 1 : 0;
            if (d.parameters()[p] < 0.3) {
                low++;
                lowOn += d.factorsOn()[0] ? 1 : 0;
            }
        }
        assertThat((double) on / n).isCloseTo(0.3, offset(4.5 * Math.sqrt(0.21 / n)));
        assertThat((double) lowOn / low).isCloseTo(0.15, offset(4.5 * Math.sqrt(0.15 * 0.85 / low)));
    }

    /**
     * Common random numbers: forcing a draw's factors to the mask it sampled anyway reproduces that draw exactly,
     * so coalition runs differ only where the factors differ.
     */
    @Test
    void forcingTheSampledMaskReproducesTheDraw() {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(SCENARIO);
        for (int i = 0; i < 12; i++) {
            boolean[] sampled = pipeline.sampler().sample(DrawStreams.forDraw(5, i)).factorsOn();
            RandomGenerator a = DrawStreams.forDraw(5, i);
            RandomGenerator b = DrawStreams.forDraw(5, i);
            assertThat(pipeline.runWithFactors(a, sampled)).isEqualTo(pipeline.run(b));
        }
    }

    /**
     * Tornado swings on the tutorial move each parameter to the closed-form 5% and 95% points of its law:
     * U[0.3, 0.7] → 0.32, 0.68; U[0.5, 0.9] → 0.52, 0.88; Tri(0, 0.005, 0.01) → √(0.05·0.01·0.005) = 0.0015811 and
     * 0.01 − 0.0015811.
     */
    @Test
    void tutorialSwingsUseTheClosedFormPercentiles() {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(SCENARIO);
        List<OneAtATimeSwings.Swing> swings = ScenarioSensitivity.swings(pipeline,
                o -> o.zopaAtStart() ? 1 : 0, 1);
        assertThat(swings).hasSize(3);
        assertThat(ScenarioSensitivity.swings(pipeline, ScenarioSensitivity.firstRipeMonth(12), 1,
                new ParallelDrawRunner(3))).as("spread over threads").isEqualTo(
                ScenarioSensitivity.swings(pipeline, ScenarioSensitivity.firstRipeMonth(12), 1));
        for (OneAtATimeSwings.Swing s : swings) {
            switch (s.path()) {
                case "trust.S.N" -> {
                    assertThat(s.lowValue()).isCloseTo(0.32, offset(1e-12));
                    assertThat(s.highValue()).isCloseTo(0.68, offset(1e-12));
                }
                case "issues.water.commitments.shared.credibility" -> {
                    assertThat(s.lowValue()).isCloseTo(0.52, offset(1e-12));
                    assertThat(s.highValue()).isCloseTo(0.88, offset(1e-12));
                }
                case "front.drift_per_month" -> {
                    assertThat(s.lowValue()).isCloseTo(Math.sqrt(0.05 * 0.01 * 0.005), offset(1e-12));
                    assertThat(s.highValue()).isCloseTo(0.01 - Math.sqrt(0.05 * 0.01 * 0.005), offset(1e-12));
                }
                default -> throw new AssertionError("unexpected parameter " + s.path());
            }
        }
    }

    /** With one factor, efficiency makes its Shapley value v({winter}) − v(∅) on the same draws. */
    @Test
    void singleFactorShapleyIsItsPairedDifference() {
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(SCENARIO);
        ScenarioFactorGame game = new ScenarioFactorGame(pipeline, 3, 24, new ParallelDrawRunner(2));
        ShapleyAttribution.Result r = game.shapley(ScenarioFactorGame.RIPE_WITHIN_12, 100);
        assertThat(r.exact()).isTrue();
        double off = game.coalition(0).ripeWithin().get(1).estimate();
        double on = game.coalition(1).ripeWithin().get(1).estimate();
        assertThat(r.values()[0]).isEqualTo(on - off);
    }
}
