package dev.parley.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds a scenario with new parameter values (indexed like a {@link ParameterTable}), e.g. after applying
 * factors or drawing from {@code uncertainty}. Every parameter keeps its source; everything else is shared.
 */
final class ScenarioRebuilder {

    private final ParameterTable table;
    private final double[] values;

    ScenarioRebuilder(ParameterTable table, double[] values) {
        if (values.length != table.size()) {
            throw new IllegalArgumentException("need " + table.size() + " values, got " + values.length);
        }
        this.table = table;
        this.values = values;
    }

    private Param p(String path, Param old) {
        int i = table.indexOf(path);
        return i < 0 ? old : new Param(values[i], old.source());
    }

    Scenario rebuild(Scenario s) {
        ScenarioInfo info = s.info();
        info = new ScenarioInfo(info.id(), info.title(), info.description(), info.start(), info.horizonMonths(),
                p("scenario.discount_per_month", info.discountPerMonth()), info.sources());
        List<Actor> actors = new ArrayList<>();
        for (Actor a : s.actors()) {
            actors.add(new Actor(a.id(), a.name(), a.role(),
                    a.capability().map(c -> p("actors." + a.id() + ".capability", c)), a.description()));
        }
        List<Issue> issues = new ArrayList<>();
        for (Issue issue : s.issues()) {
            if (issue instanceof Issue.Discrete d) {
                Map<String, Commitment> commitments = new LinkedHashMap<>();
                d.commitments().forEach((o, c) -> commitments.put(o, new Commitment(c.obligor(),
                        p("issues." + d.id() + ".commitments." + o + ".credibility", c.credibility()))));
                issues.add(new Issue.Discrete(d.id(), d.name(), d.description(), d.options(), d.noDeal(),
                        commitments));
            } else {
                issues.add(issue);
            }
        }
        Map<String, Preferences> preferences = new LinkedHashMap<>();
        s.preferences().forEach((actor, prefs) -> preferences.put(actor, preferences(actor, prefs)));
        Map<String, Map<String, Param>> trust = new LinkedHashMap<>();
        s.trust().forEach((truster, row) -> {
            Map<String, Param> r = new LinkedHashMap<>();
            row.forEach((trustee, t) -> r.put(trustee, p("trust." + truster + "." + trustee, t)));
            trust.put(truster, OrderedMaps.copy(r));
        });
        Optional<ConflictModel> conflict = s.conflict().map(this::conflict);
        List<Factor> factors = new ArrayList<>();
        for (Factor f : s.factors()) {
            factors.add(new Factor(f.id(), f.name(), f.kind(), f.side(), f.text(), f.source(), f.active(),
                    f.probability().map(q -> p("factors." + f.id() + ".probability", q)), f.effects()));
        }
        Optional<Durability> durability = s.durability().map(d -> {
            Map<String, Param> rearmament = new LinkedHashMap<>();
            d.rearmamentPerMonth().forEach((a, r) -> rearmament.put(a, p("durability.rearmament_per_month." + a, r)));
            return new Durability(d.agreementType(), d.provisions(), rearmament);
        });
        return new Scenario(info, actors, issues, preferences, trust, conflict, factors, durability,
                s.uncertainty(), s.simulation(), s.chips());
    }

    private Preferences preferences(String actor, Preferences prefs) {
        String at = "preferences." + actor + ".";
        Map<String, Param> weights = new LinkedHashMap<>();
        prefs.weights().forEach((issue, w) -> weights.put(issue, p(at + "weights." + issue, w)));
        Map<String, ValueFunction> values = new LinkedHashMap<>();
        prefs.values().forEach((issue, f) -> {
            if (f instanceof ValueFunction.Table table) {
                Map<String, Param> t = new LinkedHashMap<>();
                table.values().forEach((o, v) -> t.put(o, p(at + "values." + issue + "." + o, v)));
                values.put(issue, new ValueFunction.Table(t));
            } else {
                values.put(issue, f);
            }
        });
        List<Interaction> interactions = new ArrayList<>();
        for (int k = 0; k < prefs.interactions().size(); k++) {
            Interaction i = prefs.interactions().get(k);
            interactions.add(new Interaction(i.issueA(), i.optionA(), i.issueB(), i.optionB(),
                    p(at + "interactions." + k + ".value", i.value())));
        }
        return new Preferences(actor, weights, values, prefs.redLines(), interactions,
                prefs.reservation().map(r -> p(at + "reservation", r)));
    }

    private ConflictModel conflict(ConflictModel c) {
        Front f = c.front();
        Front front = new Front(f.heldBy(), p("conflict.front.initial", f.initial()),
                p("conflict.front.drift_per_month", f.driftPerMonth()),
                p("conflict.front.volatility", f.volatility()));
        Map<String, Cost> costs = new LinkedHashMap<>();
        c.costs().forEach((a, cost) -> costs.put(a, new Cost(p("conflict.costs." + a + ".per_month", cost.perMonth()),
                p("conflict.costs." + a + ".growth_per_month", cost.growthPerMonth()),
                cost.hurting().map(h -> p("conflict.costs." + a + ".hurting_threshold", h)))));
        Map<String, Belief> beliefs = new LinkedHashMap<>();
        c.beliefs().forEach((a, b) -> beliefs.put(a, new Belief(
                p("conflict.beliefs." + a + ".drift_per_month", b.driftPerMonth()),
                b.volatility().map(v -> p("conflict.beliefs." + a + ".volatility", v)))));
        List<EscalationRung> ladder = new ArrayList<>();
        for (EscalationRung r : c.escalationLadder()) {
            ladder.add(new EscalationRung(r.id(), r.by(), r.text(), r.source(), r.effects(),
                    r.counter().map(m -> new EscalationRung.CounterMove(m.by(),
                            p("conflict.escalation_ladder." + r.id() + ".counter.probability", m.probability()),
                            m.effects(), m.text()))));
        }
        return new ConflictModel(front, costs, beliefs, ladder);
    }
}
