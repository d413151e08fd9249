package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.pipeline.SharedStageWork;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Factor;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The coalitions of one attribution draw, run with one {@link SharedStageWork} (each stage part computed once per
 * distinct input), give exactly the outcomes of runs that compute everything afresh: first ripe month, ZOPA, the
 * talks' ending, agreed terms and durability, bit for bit. Every coalition of the random factors, on seeded draws of
 * the shipped scenarios that have them and of the test scenario whose talks reach agreements (gate.yaml).
 */
class SharedStageWorkIT {

    @ParameterizedTest
    @CsvSource({"ukraine-2025.yaml, 4, false", "minsk-2015.yaml, 6, false", "gate.yaml, 20, true"})
    void everyCoalitionMatchesAFreshRun(String file, int draws, boolean agreementsExpected) throws Exception {
        var resource = SharedStageWorkIT.class.getResource(file); // the hand-made test scenarios, else a shipped one
        Scenario scenario = ScenarioReader.read(resource != null ? Path.of(resource.toURI())
                : Path.of("..", "scenarios", file)).scenario();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(scenario);
        DrawSampler sampler = pipeline.sampler();
        List<Factor> factors = sampler.factors();
        List<Integer> players = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            if (factors.get(f).probability().isPresent()) {
                players.add(f);
            }
        }
        assertThat(players).as("random factors of %s", file).isNotEmpty();
        int hits = 0;
        int agreements = 0;
        for (int i = 0; i < draws; i++) {
            RandomGenerator rng = DrawStreams.forDraw(20_261_126L, i);
            DrawSampler.Draw draw = sampler.sample(rng);
            long stageSeed = rng.nextLong();
            SharedStageWork work = SharedStageWork.create();
            for (int c = 0; c < 1 << players.size(); c++) {
                boolean[] on = draw.factorsOn();
                for (int j = 0; j < players.size(); j++) {
                    on[players.get(j)] = (c & (1 << j)) != 0;
                }
                double[] values = sampler.withEffects(draw.parameters(), on);
                DrawOutcome shared = pipeline.evaluate(values, stageSeed, work);
                DrawOutcome fresh = pipeline.evaluate(values, stageSeed);
                assertThat(shared).as("%s draw %d coalition %d", file, i, c).isEqualTo(fresh);
                agreements += fresh.agreed() ? 1 : 0;
            }
            hits += work.hits();
        }
        // the parts were shared, not merely recomputed under another name
        assertThat(hits).as("parts taken from the shared work").isGreaterThan(draws * (1 << players.size()));
        if (agreementsExpected) {
            assertThat(agreements).as("coalition runs reaching an agreement").isPositive();
        }
    }

    /**
     * One shared work across many draws of the flagship: every sampled parameter (front, costs, beliefs, discount,
     * preferences) and the month talks open at differ between runs, so a key missing any input the draws vary would
     * return another draw's part.
     */
    @ParameterizedTest
    @CsvSource({"ukraine-2025.yaml, 40", "korea-1953.yaml, 20"})
    void oneWorkAcrossDrawsMatchesFreshRuns(String file, int draws) {
        Scenario scenario = ScenarioReader.read(Path.of("..", "scenarios", file)).scenario();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(scenario);
        DrawSampler sampler = pipeline.sampler();
        SharedStageWork work = SharedStageWork.create();
        int talks = 0;
        for (int i = 0; i < draws; i++) {
            RandomGenerator rng = DrawStreams.forDraw(20_261_127L, i);
            DrawSampler.Draw draw = sampler.sample(rng);
            long stageSeed = rng.nextLong();
            double[] values = sampler.withEffects(draw.parameters(), draw.factorsOn());
            DrawOutcome fresh = pipeline.evaluate(values, stageSeed);
            assertThat(pipeline.evaluate(values, stageSeed, work)).as("%s draw %d", file, i).isEqualTo(fresh);
            talks += fresh.firstRipeMonth() >= 0 ? 1 : 0;
        }
        assertThat(talks).as("draws whose talks ran").isPositive();
    }

    /**
     * Each of the scenario's parameters moved on its own, every variant run on the work the unmoved draw filled: the
     * parts a parameter feeds must not be taken from the draw's (a key missing that input would return them).
     */
    @ParameterizedTest
    @CsvSource({"ukraine-2025.yaml", "korea-1953.yaml"})
    void everyParameterMovedAloneMatchesAFreshRun(String file) {
        Scenario scenario = ScenarioReader.read(Path.of("..", "scenarios", file)).scenario();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(scenario);
        DrawSampler sampler = pipeline.sampler();
        double[] base = null;
        long stageSeed = 0;
        for (int i = 0; base == null; i++) { // a draw whose talks run, so that every part is built
            RandomGenerator rng = DrawStreams.forDraw(20_261_128L, i);
            DrawSampler.Draw draw = sampler.sample(rng);
            long seed = rng.nextLong();
            double[] values = sampler.withEffects(draw.parameters(), draw.factorsOn());
            if (pipeline.evaluate(values, seed).firstRipeMonth() >= 0) {
                base = values;
                stageSeed = seed;
            }
        }
        var entries = sampler.table().entries();
        int moved = 0;
        for (int p = 0; p < entries.size(); p++) {
            SharedStageWork work = SharedStageWork.create();
            pipeline.evaluate(base, stageSeed, work);
            double[] values = base.clone();
            double v = values[p];
            // a small move keeps the draw's regime (a large one can end every case in "never ripe")
            double up = v == 0 ? 1e-3 : v * 1.05;
            values[p] = up <= entries.get(p).upper() ? up : v - Math.abs(v) * 0.05;
            moved += values[p] != v ? 1 : 0;
            assertThat(pipeline.evaluate(values, stageSeed, work)).as("%s, %s moved", file, entries.get(p).path())
                    .isEqualTo(pipeline.evaluate(values, stageSeed));
        }
        assertThat(moved).as("parameters moved").isEqualTo(entries.size());
    }
}
