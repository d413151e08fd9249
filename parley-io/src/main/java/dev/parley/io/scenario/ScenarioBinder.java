package dev.parley.io.scenario;

import dev.parley.model.Actor;
import dev.parley.model.Belief;
import dev.parley.model.Commitment;
import dev.parley.model.ConflictModel;
import dev.parley.model.Cost;
import dev.parley.model.Distribution;
import dev.parley.model.Durability;
import dev.parley.model.Effect;
import dev.parley.model.EscalationRung;
import dev.parley.model.Factor;
import dev.parley.model.Front;
import dev.parley.model.Interaction;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.OfferedChip;
import dev.parley.model.Param;
import dev.parley.model.Preferences;
import dev.parley.model.RedLine;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.model.ScenarioInfo;
import dev.parley.model.SimulationSettings;
import dev.parley.model.ValueFunction;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Builds the immutable {@link Scenario} from a tree that has passed the schema and the semantic rules, filling in
 * documented defaults and normalising weights (with a note).
 */
final class ScenarioBinder {

    /**
     * Default monthly discount factor δ: 0.99 per month ≈ 0.886 per year, the value of the DESIGN.md §3 sketch;
     * scenarios should state their own.
     */
    static final Param DEFAULT_DISCOUNT = new Param(0.99, "default: DESIGN.md §3 (0.99 per month ≈ 0.886 per year)");
    /** Default grid: 21 points over a continuous issue's range, i.e. steps of 5 % of the range. */
    static final int DEFAULT_GRID_INTERVALS = 20;
    /** Default Monte Carlo draws and seed when the scenario's simulation section gives none (round numbers). */
    static final int DEFAULT_DRAWS = 1000;
    static final long DEFAULT_SEED = 20250120L;
    /** Weights are normalised when their sum differs from 1 by more than this (printing noise is not a change). */
    static final double WEIGHT_SUM_TOLERANCE = 1e-9;

    private final LocatedTree tree;
    private final List<Diagnostic> notes = new ArrayList<>();

    ScenarioBinder(LocatedTree tree) {
        this.tree = tree;
    }

    List<Diagnostic> notes() {
        return List.copyOf(notes);
    }

    Scenario bind() {
        JsonNode root = tree.root();
        ScenarioInfo info = info(root.path("scenario"));
        List<Actor> actors = new ArrayList<>();
        root.path("actors").forEach(a -> actors.add(actor(a)));
        List<Issue> issues = new ArrayList<>();
        root.path("issues").forEach(i -> issues.add(issue(i)));
        Map<String, Preferences> preferences = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("preferences").properties()) {
            preferences.put(e.getKey(), preferences(e.getKey(), e.getValue()));
        }
        Map<String, Map<String, Param>> trust = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> row : root.path("trust").properties()) {
            Map<String, Param> values = new LinkedHashMap<>();
            row.getValue().properties().forEach(e -> values.put(e.getKey(), param(e.getValue())));
            trust.put(row.getKey(), java.util.Collections.unmodifiableMap(values));
        }
        Optional<ConflictModel> conflict = root.has("conflict")
                ? Optional.of(conflict(root.path("conflict"))) : Optional.empty();
        List<Factor> factors = new ArrayList<>();
        root.path("factors").forEach(f -> factors.add(factor(f)));
        Optional<Durability> durability = root.has("durability")
                ? Optional.of(durability(root.path("durability"))) : Optional.empty();
        Map<String, Distribution> uncertainty = new LinkedHashMap<>();
        root.path("uncertainty").properties().forEach(e -> uncertainty.put(e.getKey(), distribution(e.getValue())));
        SimulationSettings simulation = simulation(root.path("simulation"), info.horizonMonths());
        List<OfferedChip> chips = new ArrayList<>();
        for (JsonNode c : root.path("chips")) {
            chips.add(new OfferedChip(c.path("issue").asString(), c.path("option").asString(),
                    c.path("offered_by").asString(), c.path("offered_to").asString(), c.path("source").asString("")));
        }
        noteUnstatedTrust(root, actors, trust);
        return new Scenario(info, actors, issues, preferences, trust, conflict, factors, durability, uncertainty,
                simulation, chips);
    }

    /**
     * A decider (party or ratifier) whose trust in a commitment's obligor is not stated takes the promise at face
     * value (trust 1, {@link Scenario#trust}). That is rarely meant in a war, so it gets a note, once per pair, at
     * the first commitment that needs it.
     */
    private void noteUnstatedTrust(JsonNode root, List<Actor> actors, Map<String, Map<String, Param>> trust) {
        Set<String> noted = new HashSet<>(); // "truster.trustee": ids never contain a dot
        JsonNode issues = root.path("issues");
        for (int i = 0; i < issues.size(); i++) {
            for (Map.Entry<String, JsonNode> c : issues.path(i).path("commitments").properties()) {
                String obligor = c.getValue().path("obligor").asString();
                for (Actor a : actors) {
                    boolean decides = a.role() == Role.PARTY || a.role() == Role.RATIFIER;
                    boolean stated = trust.getOrDefault(a.id(), Map.of()).containsKey(obligor);
                    if (decides && !a.id().equals(obligor) && !stated && noted.add(a.id() + "." + obligor)) {
                        notes.add(tree.note("/issues/" + i + "/commitments/" + c.getKey() + "/obligor",
                                "trust." + a.id() + "." + obligor + " is not stated, so " + a.id() + " takes "
                                        + obligor + "'s promises at face value (trust 1); state it under trust: "
                                        + a.id() + ": " + obligor + ": to discount them"));
                    }
                }
            }
        }
    }

    private ScenarioInfo info(JsonNode node) {
        List<String> sources = new ArrayList<>();
        node.path("sources").forEach(s -> sources.add(s.asString()));
        Param discount = node.has("discount_per_month") ? param(node.path("discount_per_month")) : DEFAULT_DISCOUNT;
        return new ScenarioInfo(node.path("id").asString(), node.path("title").asString(),
                node.path("description").asString(""), YearMonth.parse(node.path("start").asString()),
                node.path("horizon_months").asInt(), discount, sources);
    }

    private static Actor actor(JsonNode node) {
        Optional<Param> capability = node.has("capability")
                ? Optional.of(param(node.path("capability"))) : Optional.empty();
        return new Actor(node.path("id").asString(), node.path("name").asString(),
                Role.valueOf(node.path("role").asString().toUpperCase(Locale.ROOT)), capability,
                node.path("description").asString(""));
    }

    private static Issue issue(JsonNode node) {
        String id = node.path("id").asString();
        String name = node.path("name").asString(id);
        String description = node.path("description").asString("");
        NoDeal noDeal = noDeal(node.path("no_deal"));
        if (node.has("options")) {
            List<String> options = new ArrayList<>();
            node.path("options").forEach(o -> options.add(o.asString()));
            Map<String, Commitment> commitments = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.path("commitments").properties()) {
                JsonNode c = e.getValue();
                Param credibility = param(c.path("credibility"));
                if (!credibility.hasSource() && c.has("source")) {
                    credibility = new Param(credibility.value(), c.path("source").asString());
                }
                commitments.put(e.getKey(), new Commitment(c.path("obligor").asString(), credibility));
            }
            return new Issue.Discrete(id, name, description, options, noDeal, commitments);
        }
        double min = node.path("range").path(0).asDouble();
        double max = node.path("range").path(1).asDouble();
        double step = node.has("step") ? node.path("step").asDouble() : (max - min) / DEFAULT_GRID_INTERVALS;
        return new Issue.Continuous(id, name, description, min, max, step, node.path("unit").asString(""), noDeal);
    }

    private static NoDeal noDeal(JsonNode node) {
        if (node.isString()) {
            return new NoDeal.Option(node.asString());
        }
        if (node.isNumber()) {
            return new NoDeal.Value(node.asDouble());
        }
        return new NoDeal.FromConflict(node.path("from_conflict").asString());
    }

    private Preferences preferences(String actor, JsonNode node) {
        Map<String, Param> raw = new LinkedHashMap<>();
        node.path("weights").properties().forEach(e -> raw.put(e.getKey(), param(e.getValue())));
        double sum = raw.values().stream().mapToDouble(Param::value).sum();
        Map<String, Param> weights = new LinkedHashMap<>();
        raw.forEach((issue, w) -> weights.put(issue, new Param(w.value() / sum, w.source())));
        if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
            notes.add(tree.note("/preferences/" + actor + "/weights", String.format(Locale.ROOT,
                    "weights sum to %s, not 1; normalised by dividing each by %s", fmt(sum), fmt(sum))));
        }
        Map<String, ValueFunction> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("values").properties()) {
            values.put(e.getKey(), valueFunction(e.getValue()));
        }
        List<RedLine> redLines = new ArrayList<>();
        for (JsonNode r : node.path("red_lines")) {
            String issue = r.path("issue").asString();
            String source = r.path("source").asString("");
            if (r.has("options")) {
                List<String> options = new ArrayList<>();
                r.path("options").forEach(o -> options.add(o.asString()));
                redLines.add(new RedLine.Options(issue, options, source));
            } else {
                redLines.add(new RedLine.Range(issue, r.path("min").asDouble(Double.NEGATIVE_INFINITY),
                        r.path("max").asDouble(Double.POSITIVE_INFINITY), source));
            }
        }
        List<Interaction> interactions = new ArrayList<>();
        for (JsonNode i : node.path("interactions")) {
            List<Map.Entry<String, JsonNode>> when = new ArrayList<>(i.path("when").properties());
            Param value = param(i.path("value"));
            if (!value.hasSource() && i.has("source")) {
                value = new Param(value.value(), i.path("source").asString());
            }
            interactions.add(new Interaction(when.get(0).getKey(), when.get(0).getValue().asString(),
                    when.get(1).getKey(), when.get(1).getValue().asString(), value));
        }
        Optional<Param> reservation = node.has("reservation")
                ? Optional.of(param(node.path("reservation"))) : Optional.empty();
        return new Preferences(actor, weights, values, redLines, interactions, reservation);
    }

    private static ValueFunction valueFunction(JsonNode node) {
        if (node.has("linear")) {
            return new ValueFunction.Linear(node.path("linear").path(0).asDouble(),
                    node.path("linear").path(1).asDouble());
        }
        if (node.has("piecewise_linear")) {
            List<ValueFunction.Point> points = new ArrayList<>();
            node.path("piecewise_linear").forEach(p -> points.add(
                    new ValueFunction.Point(p.path(0).asDouble(), p.path(1).asDouble())));
            return new ValueFunction.PiecewiseLinear(points);
        }
        Map<String, Param> table = new LinkedHashMap<>();
        node.properties().forEach(e -> table.put(e.getKey(), param(e.getValue())));
        return new ValueFunction.Table(table);
    }

    private static ConflictModel conflict(JsonNode node) {
        JsonNode f = node.path("front");
        Front front = new Front(f.path("held_by").asString(""), param(f.path("initial")),
                param(f.path("drift_per_month")), param(f.path("volatility")));
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("costs").properties()) {
            JsonNode c = e.getValue();
            costs.put(e.getKey(), new Cost(param(c.path("per_month")),
                    c.has("growth_per_month") ? param(c.path("growth_per_month")) : Param.of(0),
                    c.has("hurting_threshold") ? Optional.of(param(c.path("hurting_threshold"))) : Optional.empty()));
        }
        Map<String, Belief> beliefs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("beliefs").properties()) {
            JsonNode b = e.getValue();
            beliefs.put(e.getKey(), new Belief(param(b.path("drift_per_month")),
                    b.has("volatility") ? Optional.of(param(b.path("volatility"))) : Optional.empty()));
        }
        List<EscalationRung> ladder = new ArrayList<>();
        for (JsonNode r : node.path("escalation_ladder")) {
            Optional<EscalationRung.CounterMove> counter = Optional.empty();
            if (r.has("counter")) {
                JsonNode c = r.path("counter");
                counter = Optional.of(new EscalationRung.CounterMove(c.path("by").asString(),
                        param(c.path("probability")), effects(c.path("effects")), c.path("text").asString("")));
            }
            ladder.add(new EscalationRung(r.path("id").asString(), r.path("by").asString(),
                    r.path("text").asString(""), r.path("source").asString(""), effects(r.path("effects")), counter));
        }
        return new ConflictModel(front, costs, beliefs, ladder);
    }

    static List<Effect> effects(JsonNode node) {
        List<Effect> effects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode amount = e.getValue();
            if (amount.isNumber()) {
                effects.add(new Effect(e.getKey(), Effect.Operation.ADD, amount.asDouble(), ""));
            } else {
                String op = amount.has("add") ? "add" : amount.has("multiply") ? "multiply" : "set";
                effects.add(new Effect(e.getKey(), Effect.Operation.valueOf(op.toUpperCase(Locale.ROOT)),
                        amount.path(op).asDouble(), amount.path("source").asString("")));
            }
        }
        return effects;
    }

    private static Factor factor(JsonNode node) {
        String id = node.path("id").asString();
        Factor.Kind kind = Factor.Kind.valueOf(node.path("kind").asString("other").toUpperCase(Locale.ROOT));
        Optional<Param> probability = node.has("probability")
                ? Optional.of(param(node.path("probability"))) : Optional.empty();
        return new Factor(id, node.path("name").asString(id), kind, node.path("side").asString(""),
                node.path("text").asString(), node.path("source").asString(""), node.path("active").asBoolean(true),
                probability, effects(node.path("effects")));
    }

    private static Durability durability(JsonNode node) {
        Durability.AgreementType type = Durability.AgreementType.valueOf(
                node.path("agreement_type").asString("ceasefire").toUpperCase(Locale.ROOT));
        List<Durability.Provision> provisions = new ArrayList<>();
        node.path("provisions").forEach(p -> provisions.add(
                Durability.Provision.valueOf(p.asString().toUpperCase(Locale.ROOT))));
        Map<String, Param> rearmament = new LinkedHashMap<>();
        node.path("rearmament_per_month").properties().forEach(e -> rearmament.put(e.getKey(), param(e.getValue())));
        return new Durability(type, provisions, rearmament);
    }

    static Distribution distribution(JsonNode node) {
        String kind = node.propertyNames().iterator().next();
        JsonNode d = node.path(kind);
        return switch (kind) {
            case "uniform" -> new Distribution.Uniform(d.path(0).asDouble(), d.path(1).asDouble());
            case "triangular" -> new Distribution.Triangular(d.path(0).asDouble(), d.path(1).asDouble(),
                    d.path(2).asDouble());
            case "normal" -> new Distribution.Normal(d.path("mean").asDouble(), d.path("sd").asDouble(),
                    d.path("min").asDouble(Double.NEGATIVE_INFINITY), d.path("max").asDouble(Double.POSITIVE_INFINITY));
            case "beta" -> new Distribution.Beta(d.path("alpha").asDouble(), d.path("beta").asDouble(),
                    d.path("min").asDouble(0), d.path("max").asDouble(1));
            case "lognormal" -> new Distribution.LogNormal(d.path("mu").asDouble(), d.path("sigma").asDouble());
            case "discrete" -> {
                List<Double> values = new ArrayList<>();
                d.path("values").forEach(v -> values.add(v.asDouble()));
                List<Double> probabilities = new ArrayList<>();
                d.path("probabilities").forEach(v -> probabilities.add(v.asDouble()));
                yield new Distribution.Discrete(values, probabilities);
            }
            case "bernoulli" -> new Distribution.Bernoulli(d.asDouble());
            default -> throw new IllegalStateException("schema admitted unknown distribution " + kind);
        };
    }

    private static SimulationSettings simulation(JsonNode node, int horizon) {
        Map<String, String> strategies = new LinkedHashMap<>();
        node.path("strategies").properties().forEach(e -> strategies.put(e.getKey(), e.getValue().asString()));
        return new SimulationSettings(node.path("protocol").asString("alternating"), strategies,
                node.path("max_months").asInt(horizon), node.path("rounds_per_month").asInt(1),
                node.path("seed").asLong(DEFAULT_SEED), node.path("draws").asInt(DEFAULT_DRAWS));
    }

    static Param param(JsonNode node) {
        if (node.isNumber()) {
            return Param.of(node.asDouble());
        }
        return new Param(node.path("value").asDouble(), node.path("source").asString(""));
    }

    static String fmt(double x) {
        return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
