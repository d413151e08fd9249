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
}
