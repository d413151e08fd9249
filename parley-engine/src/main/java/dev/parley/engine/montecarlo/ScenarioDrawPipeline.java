package dev.parley.engine.montecarlo;

import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.engine.pipeline.ScenarioStageContext;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.util.random.RandomGenerator;

/**
 * The pipeline of one Monte Carlo draw (DESIGN.md §2, §4.7) on what the engine offers today: sampled parameters
 * with the active factors' effects → the scenario rebuilt ({@link ParameterTable#applyTo}, values clamped to their
 * meaningful range) → the bargaining stage at month 0 (is the ZOPA empty?) → the ripeness timeline with the default
 * settings (first ripe month) → the durability of an agreement signed at that month (median months to renewed war).
 * The negotiation simulation (§4.4) is not yet in the engine, so no draw plays out offers; the ZOPA at month 0
 * stands in for "an agreement is possible" and is named as such.
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

    public ScenarioDrawPipeline(Scenario scenario) {
        this(scenario, ParameterTable.of(scenario));
    }

    public ScenarioDrawPipeline(Scenario scenario, ParameterTable table) {
        this.scenario = scenario;
        this.sampler = new DrawSampler(scenario, table);
        this.durabilityHorizon = ScenarioDurability.DEFAULT_HORIZON_MONTHS;
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
        Scenario s = sampler.table().applyTo(scenario, values);
        // one context per draw: W_i(t), the expected front and each month's frontier are built once for all stages
        ScenarioStageContext stages = ScenarioStageContext.of(s);
        boolean zopa = stages.zopaExists(0);
        int first = ripeness.firstRipeMonth(stages);
        double median = Double.NaN;
        if (first >= 0 && s.durability().isPresent()) {
            median = ScenarioDurability.of(stages, first, durabilityHorizon).forecast().median();
        }
        return new DrawOutcome(zopa, first, median);
    }
}
