package dev.parley.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every numeric parameter of a scenario under its parameter path: the one addressing scheme used by factors,
 * escalation effects, uncertainty and sensitivity (DESIGN.md §3).
 *
 * <p>A path mirrors the scenario tree, naming list elements by their id: {@code scenario.discount_per_month},
 * {@code actors.RU.capability}, {@code issues.sanctions.commitments.lifted.credibility},
 * {@code preferences.RU.weights.nato}, {@code preferences.RU.values.nato.deferred}, {@code trust.RU.US},
 * {@code conflict.front.drift_per_month}, {@code conflict.costs.US.growth_per_month},
 * {@code conflict.beliefs.UA.drift_per_month}, {@code conflict.escalation_ladder.strikes.counter.probability},
 * {@code factors.budget.probability}, {@code durability.rearmament_per_month.UA}. The prefix {@code conflict.} may be
 * left out ({@code front.drift_per_month}, {@code costs.US.per_month}); {@link #canonical} restores it.
 *
 * <p>Engines that vary parameters (Monte Carlo, sensitivity) work on a copy of {@link #values()} indexed by
 * {@link #indexOf}, so a draw is a primitive array, not a rebuilt scenario.
 */
public final class ParameterTable {

    private static final List<String> CONFLICT_SHORTHANDS = List.of("front.", "costs.", "beliefs.",
            "escalation_ladder.");

    /** A parameter: its canonical path, value and source, and the bounds within which it is meaningful. */
    public record Entry(String path, Param param, double lower, double upper) {
    }

    private final List<Entry> entries;
    private final Map<String, Integer> index;

    private ParameterTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> byPath = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byPath.put(entries.get(i).path(), i);
        }
        this.index = Collections.unmodifiableMap(byPath);
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** The index of a path (canonical or shorthand), or -1 when the scenario has no such parameter. */
    public int indexOf(String path) {
        return index.getOrDefault(canonical(path), -1);
    }

    public Optional<Entry> find(String path) {
        int i = indexOf(path);
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
    }

    public List<String> paths() {
        return List.copyOf(index.keySet());
    }

    /** The baseline values, in entry order (a fresh array each call). */
    public double[] values() {
        double[] values = new double[entries.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = entries.get(i).param().value();
        }
        return values;
    }

    /** Applies effects in order to {@code values} (indexed like this table); paths must exist. */
    public void apply(List<Effect> effects, double[] values) {
        for (Effect effect : effects) {
            int i = indexOf(effect.path());
            if (i < 0) {
                throw new IllegalArgumentException("unknown parameter path '" + effect.path() + "'");
            }
            values[i] = effect.operation().apply(values[i], effect.amount());
        }
    }

    /**
     * The scenario with every parameter set to {@code values} (indexed like this table), sources kept. Values are
     * clamped to each parameter's meaningful range, so that stacked effects cannot push a probability past 1.
     */
    public Scenario applyTo(Scenario scenario, double[] values) {
        double[] clamped = values.clone();
        for (int i = 0; i < clamped.length; i++) {
            Entry e = entries.get(i);
            clamped[i] = Math.max(e.lower(), Math.min(e.upper(), clamped[i]));
        }
        return new ScenarioRebuilder(this, clamped).rebuild(scenario);
    }

    /**
     * The central case: the scenario with the effects of every factor that is switched on ({@code active}, with
     * no probability) applied in file order. Factors with a probability are left to Monte Carlo draws.
     */
    public Scenario centralCase(Scenario scenario) {
        double[] values = values();
        applySwitchedOnFactors(scenario, values);
        return applyTo(scenario, values);
    }

    /** Applies, in file order, the effects of every factor switched on without a probability. */
    public void applySwitchedOnFactors(Scenario scenario, double[] values) {
        for (Factor f : scenario.factors()) {
            if (f.active() && f.probability().isEmpty()) {
                apply(f.effects(), values);
            }
        }
    }

    /** Restores the {@code conflict.} prefix of shorthand paths. */
    public static String canonical(String path) {
        for (String shorthand : CONFLICT_SHORTHANDS) {
            if (path.startsWith(shorthand)) {
                return "conflict." + path;
            }
        }
        return path;
    }

    /** Collects every numeric parameter of {@code scenario}, in the order of the scenario file. */
    public static ParameterTable of(Scenario scenario) {
        Builder b = new Builder();
        b.add("scenario.discount_per_month", scenario.info().discountPerMonth(), 0, 1);
        for (Actor actor : scenario.actors()) {
            actor.capability().ifPresent(p -> b.add("actors." + actor.id() + ".capability", p, 0, inf()));
        }
        for (Issue issue : scenario.issues()) {
            if (issue instanceof Issue.Discrete discrete) {
                discrete.commitments().forEach((option, c) -> b.add(
                        "issues." + issue.id() + ".commitments." + option + ".credibility", c.credibility(), 0, 1));
            }
        }
        scenario.preferences().forEach((actor, prefs) -> {
            prefs.weights().forEach((issue, w) -> b.add("preferences." + actor + ".weights." + issue, w, 0, inf()));
            prefs.values().forEach((issue, f) -> {
                if (f instanceof ValueFunction.Table table) {
                    table.values().forEach((option, v) -> b.add(
                            "preferences." + actor + ".values." + issue + "." + option, v, 0, 1));
                }
            });
            prefs.reservation().ifPresent(r -> b.add("preferences." + actor + ".reservation", r, -inf(), inf()));
            for (int k = 0; k < prefs.interactions().size(); k++) {
                b.add("preferences." + actor + ".interactions." + k + ".value", prefs.interactions().get(k).value(),
                        -inf(), inf());
            }
        });
        scenario.trust().forEach((truster, row) -> row.forEach(
                (trustee, t) -> b.add("trust." + truster + "." + trustee, t, 0, 1)));
        scenario.conflict().ifPresent(conflict -> {
            Front front = conflict.front();
            b.add("conflict.front.initial", front.initial(), 0, 1);
            b.add("conflict.front.drift_per_month", front.driftPerMonth(), -1, 1);
            b.add("conflict.front.volatility", front.volatility(), 0, 1);
            conflict.costs().forEach((actor, cost) -> {
                b.add("conflict.costs." + actor + ".per_month", cost.perMonth(), 0, inf());
                b.add("conflict.costs." + actor + ".growth_per_month", cost.growthPerMonth(), -inf(), inf());
                cost.hurting().ifPresent(h -> b.add("conflict.costs." + actor + ".hurting_threshold", h, 0, inf()));
            });
            conflict.beliefs().forEach((actor, belief) -> {
                b.add("conflict.beliefs." + actor + ".drift_per_month", belief.driftPerMonth(), -1, 1);
                belief.volatility().ifPresent(v -> b.add("conflict.beliefs." + actor + ".volatility", v, 0, 1));
            });
            for (EscalationRung rung : conflict.escalationLadder()) {
                rung.counter().ifPresent(c -> b.add(
                        "conflict.escalation_ladder." + rung.id() + ".counter.probability", c.probability(), 0, 1));
            }
        });
        for (Factor factor : scenario.factors()) {
            factor.probability().ifPresent(p -> b.add("factors." + factor.id() + ".probability", p, 0, 1));
        }
        scenario.durability().ifPresent(d -> d.rearmamentPerMonth().forEach(
                (actor, r) -> b.add("durability.rearmament_per_month." + actor, r, -inf(), inf())));
        return new ParameterTable(b.entries);
    }

    private static double inf() {
        return Double.POSITIVE_INFINITY;
    }

    private static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        void add(String path, Param param, double lower, double upper) {
            entries.add(new Entry(path, param, lower, upper));
        }
    }
}
