package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.engine.pipeline.ScenarioStageContext;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The talks of a Monte Carlo draw on the draw's shared stage inputs ({@link NegotiationStage#run(ScenarioStageContext,
 * long, NegotiationStage.Options)}, used by {@link TalksFromFirstRipeMonth#run(ScenarioStageContext, int, long)}) are
 * the stand-alone stage's talks ({@link NegotiationStage#run(Scenario, long, NegotiationStage.Options)}, which solves
 * the conflict again in {@code ScenarioEscalation}) bit for bit, on seeded draws of three shipped scenarios:
 * <ol>
 *   <li>the inputs first — every decider's W_i(t) for every month 0..H (the talks read months t0..H) and the
 *       utilities of every outcome at E[f(t0)] with the red lines, in table order (parties, then ratifiers);</li>
 *   <li>then the talks — ending, round, month, outcome, utilities, the whole trace — and the draw's
 *       {@link TalksFromFirstRipeMonth.Talks} (agreement month, terms, durability).</li>
 * </ol>
 * Equality is exact ({@code Arrays.equals} on doubles compares bits). Half the draws also build the context's full
 * conflict tables first, so both ways the context reads W (from the tables, or along the expected path) are covered.
 */
class TalksOnSharedStageInputsIT {

    private static final ScenarioRipeness RIPENESS = new ScenarioRipeness(RipenessSettings.DEFAULTS);

    @ParameterizedTest
    @CsvSource({"ukraine-2025.yaml, 40", "korea-1953.yaml, 20", "minsk-2015.yaml, 20"})
    void talksOnTheContextAreTheStandAloneTalks(String file, int draws) {
        Scenario scenario = ScenarioReader.read(Path.of("..", "scenarios", file)).scenario();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(scenario);
        DrawSampler sampler = pipeline.sampler();
        TalksFromFirstRipeMonth talks = new TalksFromFirstRipeMonth(scenario.info().horizonMonths());
        int withTalks = 0;
        int laterStart = 0;
        Set<NegotiationResult.Ending> endings = EnumSet.noneOf(NegotiationResult.Ending.class);
        for (int i = 0; i < draws; i++) {
            RandomGenerator rng = DrawStreams.forDraw(20_251_125L, i);
            DrawSampler.Draw draw = sampler.sample(rng);
            long seed = rng.nextLong();
            Scenario s = sampler.table().applyTo(scenario, sampler.withEffects(draw.parameters(), draw.factorsOn()));
            // as ScenarioDrawPipeline.evaluate leaves the context when the talks start
            ScenarioStageContext stages = ScenarioStageContext.of(s);
            stages.zopaExists(0);
            int t0 = RIPENESS.firstRipeMonth(stages);
            if (i % 2 == 1) {
                stages.conflict().valuesAt(0, stages.expectedFront(0)); // the full tables, as another stage may
            }
            String at = file + " draw " + i + " t0 " + t0;
            assertThat(talks.run(stages, t0, seed)).as(at).isEqualTo(talks.run(s, t0, seed));
            if (t0 < 0) {
                assertThat(talks.negotiate(stages, t0, seed)).as(at).isNull();
                continue;
            }
            withTalks++;
            laterStart += t0 > 0 ? 1 : 0;
            NegotiationStage.Negotiation alone = NegotiationStage.run(s, seed,
                    NegotiationStage.Options.DEFAULT.startingAt(t0));
            sameInputs(alone, stages, t0, at);
            NegotiationStage.Negotiation shared = talks.negotiate(stages, t0, seed);
            sameTalks(shared, alone, at);
            endings.add(alone.result().ending());
        }
        // the comparison reaches talks and talks opening after month 0, not only draws without talks; the flagship's
        // draws end every way talks can (its boulwares agree, run out of time or walk out), the hardliners of
        // Korea and Minsk run out of time
        assertThat(withTalks).as("draws with talks").isPositive();
        assertThat(laterStart).as("draws whose talks open after month 0").isPositive();
        assertThat(endings).as("how the talks ended").contains(NegotiationResult.Ending.DEADLINE);
        if (file.startsWith("ukraine")) {
            assertThat(endings).as("how the flagship's talks ended")
                    .containsExactlyInAnyOrder(NegotiationResult.Ending.values());
        }
    }

    /** W_i(t) of ScenarioEscalation and of the context; the domain of month t0 from each. */
    private static void sameInputs(NegotiationStage.Negotiation alone, ScenarioStageContext stages, int t0,
                                   String at) {
        List<Integer> order = new ArrayList<>();
        for (String d : alone.deciders()) {
            order.add(stages.deciders().indexOf(d));
        }
        assertThat(order).as(at).doesNotContain(-1).hasSize(stages.deciders().size());
        double[][] w = alone.noDeal();
        for (int t = 0; t <= stages.horizonMonths(); t++) {
            double[] fromContext = stages.noDealValues(t);
            double[] reordered = new double[order.size()];
            double[] escalation = new double[order.size()];
            for (int j = 0; j < order.size(); j++) {
                reordered[j] = fromContext[order.get(j)];
                escalation[j] = w[j][t];
            }
            assertThat(reordered).as("%s W at month %d", at, t).isEqualTo(escalation);
            assertThat(stages.expectedFront(t)).as("%s E[f(%d)]", at, t).isEqualTo(alone.front()[t]);
        }
        // ScenarioEscalation puts front-following issues at ScenarioConflict.expectedFront(t0), the context's space
        // of month t0 is keyed by the no-deal outcome at the path's E[f(t0)]: the same front
        assertThat(stages.expectedFront(t0)).as(at).isEqualTo(stages.conflict().expectedFront(t0));
        ScenarioStageContext.BargainingSpace space = stages.space(t0);
        List<AdditiveUtility> us = new ArrayList<>();
        List<RedLines> reds = new ArrayList<>();
        for (int i : order) {
            us.add(space.utilities().get(i));
            reds.add(space.problem().redLines().get(i));
        }
        NegotiationDomain fromContext = NegotiationDomain.of(us, alone.partyCount(), reds);
        NegotiationDomain escalation = alone.domain();
        assertThat(fromContext.size()).as(at).isEqualTo(escalation.size());
        for (int x = 0; x < escalation.size(); x++) {
            assertThat(fromContext.utilitiesOf(x)).as("%s U^e of outcome %d", at, x)
                    .isEqualTo(escalation.utilitiesOf(x));
            assertThat(fromContext.excluded(x)).as("%s outcome %d crosses a red line", at, x)
                    .isEqualTo(escalation.excluded(x));
        }
    }

    private static void sameTalks(NegotiationStage.Negotiation shared, NegotiationStage.Negotiation alone,
                                  String at) {
        NegotiationResult a = alone.result();
        NegotiationResult b = shared.result();
        assertThat(b.ending()).as(at).isEqualTo(a.ending());
        assertThat(b.round()).as(at).isEqualTo(a.round());
        assertThat(b.month()).as(at).isEqualTo(a.month());
        assertThat(b.outcome()).as(at).isEqualTo(a.outcome());
        assertThat(b.utilities()).as(at).isEqualTo(a.utilities());
        assertThat(b.walkedOut()).as(at).isEqualTo(a.walkedOut());
        assertThat(b.turns()).as(at).isEqualTo(a.turns());
        assertThat(b.offerEvaluations()).as(at).isEqualTo(a.offerEvaluations());
        assertThat(b.trace()).as(at).isNotEmpty();
        assertThat(b.trace().toString()).as(at).isEqualTo(a.trace().toString());
        assertThat(shared.deciders()).as(at).isEqualTo(alone.deciders());
        assertThat(shared.partyCount()).as(at).isEqualTo(alone.partyCount());
        assertThat(shared.strategies()).as(at).isEqualTo(alone.strategies());
        assertThat(shared.noDeal()).as(at).isEqualTo(alone.noDeal());
        assertThat(shared.front()).as(at).isEqualTo(alone.front());
        assertThat(shared.escalations()).as(at).isEqualTo(alone.escalations());
        assertThat(shared.startMonth()).as(at).isEqualTo(alone.startMonth());
        assertThat(shared.terms()).as(at).isEqualTo(alone.terms());
    }
}
