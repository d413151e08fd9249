package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.pipeline.BargainingAtMonth;
import dev.parley.engine.pipeline.BargainingStage;
import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.RipenessTimeline;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.engine.pipeline.ScenarioStageContext;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The draw's shared path ({@link ScenarioDrawPipeline#run}: one {@link ScenarioStageContext}, lean ripeness scan,
 * way-out refutation without a frontier, durability from the shared frontier) gives exactly the outcome of the
 * stand-alone stages on the same sampled scenario — each stage rebuilding everything, the ZOPA from the full
 * bargaining report, the ripe months from the full timeline. Seeded draws of three shipped scenarios; equality is
 * exact (the median's bits included).
 */
class SharedStageDrawIT {

    private static final ScenarioRipeness RIPENESS = new ScenarioRipeness(RipenessSettings.DEFAULTS);

    @ParameterizedTest
    @CsvSource({"ukraine-2025.yaml, 50", "korea-1953.yaml, 50", "minsk-2015.yaml, 30"})
    void sharedPathEqualsTheStandAloneStages(String file, int draws) {
        Scenario scenario = ScenarioReader.read(Path.of("..", "scenarios", file)).scenario();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(scenario);
        DrawSampler sampler = pipeline.sampler();
        int ripeDraws = 0;
        int zopaDraws = 0;
        for (int i = 0; i < draws; i++) {
            DrawOutcome fast = pipeline.run(DrawStreams.forDraw(20_251_125L, i));
            RandomGenerator rng = DrawStreams.forDraw(20_251_125L, i);
            DrawSampler.Draw draw = sampler.sample(rng);
            double[] values = sampler.withEffects(draw.parameters(), draw.factorsOn());
            long stageSeed = rng.nextLong();
            DrawOutcome reference = standAlone(sampler.table().applyTo(scenario, values), stageSeed);
            // the draw's talks come from the negotiation stage, outside the shared path (TalksAndAttributionIT)
            assertThat(new DrawOutcome(fast.zopaAtStart(), fast.firstRipeMonth(), fast.medianDurability()))
                    .as("%s draw %d", file, i).isEqualTo(reference);
            ripeDraws += reference.firstRipeMonth() >= 0 ? 1 : 0;
            zopaDraws += reference.zopaAtStart() ? 1 : 0;
        }
        // the comparison reaches durability (a ripe month) and a non-empty ZOPA, not only the empty cases
        assertThat(ripeDraws).as("draws with a ripe month").isPositive();
        assertThat(zopaDraws).as("draws with a ZOPA at month 0").isPositive();
        if (file.startsWith("ukraine")) {
            // the flagship also has draws that never ripen and draws without a ZOPA at month 0
            assertThat(ripeDraws).isLessThan(draws);
            assertThat(zopaDraws).isLessThan(draws);
        }
    }

    /** The draw's outputs from each stage on its own, as ScenarioDrawPipeline computed them before the context. */
    private static DrawOutcome standAlone(Scenario s, long seed) {
        BargainingAtMonth atStart = BargainingStage.run(s, 0, seed);
        boolean zopa = !atStart.report().zopa().empty();
        RipenessTimeline timeline = RIPENESS.timeline(s, seed);
        int[] ripe = timeline.ripeMonths();
        int first = ripe.length == 0 ? -1 : ripe[0];
        double median = Double.NaN;
        if (first >= 0 && s.durability().isPresent()) {
            median = ScenarioDurability.of(s, first, seed, ScenarioDurability.DEFAULT_HORIZON_MONTHS).forecast()
                    .median();
        }
        return new DrawOutcome(zopa, first, median);
    }
}
