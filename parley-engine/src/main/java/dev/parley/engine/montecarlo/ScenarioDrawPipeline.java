package dev.parley.engine.montecarlo;

import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.engine.pipeline.ScenarioStageContext;
import dev.parley.engine.pipeline.SharedStageWork;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.util.random.RandomGenerator;

/**
 * The pipeline of one Monte Carlo draw (DESIGN.md §2, §4.7) on what the engine offers today: sampled parameters
 * with the active factors' effects → the scenario rebuilt ({@link ParameterTable#applyTo}, values clamped to their
 * meaningful range) → the bargaining stage at month 0 (is the ZOPA empty?) → the ripeness timeline with the default
 * settings (first ripe month) → the durability of an agreement signed at that month (median months to renewed war)
 * → the talks, which start at the first ripe month, and the durability of the agreement they reach
 * ({@link TalksFromFirstRipeMonth}).
 *
 * <p>A draw takes its parameters and factor mask from the first uniforms of its stream ({@link DrawSampler}), then
 * one long that seeds the stages' own sampling (used only when a ZOPA is too large to count exactly). Forcing a
 * factor mask ({@link #runWithFactors}) consumes exactly the same numbers, which is what common random numbers need.
 */
public final class ScenarioDrawPipeline {

    private final Scenario scenario;
    private final DrawSampler sampler;
    private final ScenarioRipeness ripeness = new ScenarioRipeness(RipenessSettings.DEFAULTS);
    private final int durabilityHorizon;
    private final TalksFromFirstRipeMonth talks;
    private final java.util.Optional<String> talksUnavailable;

    public ScenarioDrawPipeline(Scenario scenario) {
        this(scenario, ParameterTable.of(scenario));
    }

    public ScenarioDrawPipeline(Scenario scenario, ParameterTable table) {
        this.scenario = scenario;
        this.sampler = new DrawSampler(scenario, table);
        this.durabilityHorizon = ScenarioDurability.DEFAULT_HORIZON_MONTHS;
        this.talks = new TalksFromFirstRipeMonth(scenario.info().horizonMonths());
        this.talksUnavailable = TalksFromFirstRipeMonth.unavailable(scenario);
        if (scenario.conflict().isEmpty()) {
            throw new IllegalArgumentException("scenario '" + scenario.info().id() + "' has no conflict section;"
                    + " Monte Carlo needs it for W(t) and ripeness (add conflict: {front: ..., costs: ...})");
        }
    }

    public DrawSampler sampler() {
        return sampler;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** One draw with the factor activations it samples. */
    public DrawOutcome run(RandomGenerator rng) {
        DrawSampler.Draw draw = sampler.sample(rng);
        return evaluate(sampler.withEffects(draw.parameters(), draw.factorsOn()), rng.nextLong());
    }

    /** One draw with the sampled activations replaced by {@code factorsOn} (same stream positions). */
    public DrawOutcome runWithFactors(RandomGenerator rng, boolean[] factorsOn) {
        DrawSampler.Draw draw = sampler.sample(rng);
        return evaluate(sampler.withEffects(draw.parameters(), factorsOn), rng.nextLong());
    }

    /** The outputs for given parameter values (effects already applied), e.g. for one-at-a-time swings. */
    public DrawOutcome evaluate(double[] values, long stageSeed) {
        return evaluate(values, stageSeed, SharedStageWork.NONE);
    }

    /**
     * As {@link #evaluate(double[], long)}, the same outcome bit for bit, taking the stages' parts that {@code work}
     * holds for the same inputs from it: for runs of one draw under different factor coalitions.
     */
    public DrawOutcome evaluate(double[] values, long stageSeed, SharedStageWork work) {
        Scenario s = sampler.table().applyTo(scenario, values);
        // one context per draw: W_i(t), the expected front and each month's frontier are built once for all stages
        ScenarioStageContext stages = ScenarioStageContext.of(s, work);
        boolean zopa = stages.zopaExists(0);
        int first = ripeness.firstRipeMonth(stages);
        double median = Double.NaN;
        if (first >= 0 && s.durability().isPresent()) {
            median = ScenarioDurability.of(stages, first, durabilityHorizon).forecast().median();
        }
        TalksFromFirstRipeMonth.Talks reached = talksUnavailable.isPresent() ? TalksFromFirstRipeMonth.Talks.NONE
                : talks.run(stages, first, stageSeed);
        return new DrawOutcome(zopa, first, median, reached);
    }

    /** Why draws simulate no talks (then no draw reaches an agreement), or empty when they do. */
    public java.util.Optional<String> talksUnavailable() {
        return talksUnavailable;
    }

    /**
     * The negotiation of draw {@code index} under {@code seed} (its talks from the first ripe month, with the trace),
     * or empty when the draw never ripens or talks are unavailable: the same numbers as the draw's outcome.
     */
    public java.util.Optional<dev.parley.engine.pipeline.NegotiationStage.Negotiation> negotiationOfDraw(long seed,
            long index) {
        if (talksUnavailable.isPresent()) {
            return java.util.Optional.empty();
        }
        RandomGenerator rng = DrawStreams.forDraw(seed, index);
        DrawSampler.Draw draw = sampler.sample(rng);
        long stageSeed = rng.nextLong();
        Scenario s = sampler.table().applyTo(scenario, sampler.withEffects(draw.parameters(), draw.factorsOn()));
        int[] ripe = ripeness.timeline(s, stageSeed).ripeMonths();
        return java.util.Optional.ofNullable(ripe.length == 0 ? null : talks.negotiate(s, ripe[0], stageSeed));
    }
}
