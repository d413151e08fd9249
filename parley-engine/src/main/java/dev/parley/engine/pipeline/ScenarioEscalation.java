package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.conflict.DiscretisedFrontValueOfFighting;
import dev.parley.engine.negotiate.EscalableConflict;
import dev.parley.engine.negotiate.EscalationStep;
import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import dev.parley.model.Effect;
import dev.parley.model.EscalationRung;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The scenario's conflict while its talks run, with its escalation ladder ({@code conflict.escalation_ladder},
 * DESIGN.md §3, §4.4) taken at the scenario level: a rung applies its parameter effects (front drift, costs, trust,
 * …) from the month it is taken; its counter-move follows with the probability the scenario states (after factors),
 * drawn from the seeded generator; then every W_i(t) from that month on is solved again from the modified scenario
 * ({@link ScenarioConflict}) and every decider's expected utilities U^e are recomputed
 * ({@link BargainingAnalysis#expectedUtilities}: a fall in trust lowers what the other side's promises are worth).
 *
 * <ul>
 *   <li><b>Front.</b> Either at its expectation E[f(t)] (the path {@link ScenarioConflict#expectedFrontPath()}, shifted
 *       after an escalation by the cumulative change of the drift), or sampled: f(t+1) = f(t) + drift(t) +
 *       σ(t)·z(t), absorbing at 0 and 1 and clamped to [0, 1], with z(t) standard normal drawn once from the seed, so
 *       the arms of a comparison share the same shocks (common random numbers).</li>
 *   <li><b>Beliefs.</b> A rung's change of the front's drift is seen by everyone: each decider's believed drift
 *       ({@code beliefs.<i>.drift_per_month}) shifts by the same amount, so the gap between beliefs and the front
 *       (mutual optimism) is kept. Without this a believer would not notice the escalation at all.</li>
 *   <li><b>Channels.</b> Effects are grouped by what they act on ({@link Channel}); a run may keep only some channels
 *       (the others' effects are dropped when a rung is taken), which is how a comparison attributes a difference to
 *       a mechanism. The escalator still weighs a rung by all its effects ({@link #valueIfTaken}), so it climbs
 *       when it would in the full model and only the consequences are filtered.</li>
 *   <li><b>Random numbers.</b> {@code new SplittableRandom(seed)}: its first {@code split()} draws the front shocks,
 *       its second the counter-moves, so changing the escalation leaves the front's shocks alone.</li>
 * </ul>
 *
 * <p><b>Talks opening later.</b> With a start month t0 &gt; 0 the front and W_i(t) are still computed from month 0
 * (the talks read them from t0 on, {@link NegotiationStage.Options#startingAt}); the utilities U^e are those of
 * month t0: front-following issues (and broken commitments, which revert to the no-deal outcome) at the expected
 * front E[f(t0)] of the scenario the talks start from, as {@link ScenarioRipeness} assesses month t0. An
 * escalation during the talks recomputes U^e at the same no-deal outcome.
 *
 * <p>Deciders are in table order (parties, then ratifiers), {@code order[j]} = their index in scenario order.
 * Deciders with a stated {@code reservation} keep it as W throughout (as in {@link BargainingStage}).
 */
public final class ScenarioEscalation implements EscalableConflict {

    /** What an escalation effect acts on. */
    public enum Channel {
        /** {@code trust.*}: what promises are worth (U^e of commitments). */
        TRUST,
        /** {@code conflict.front.*} and {@code conflict.beliefs.*}: where the front goes and is believed to go. */
        DRIFT,
        /** {@code conflict.costs.*}: the costs of fighting on and the pain thresholds. */
        COSTS,
        /** Any other parameter. */
        OTHER;

        /** The channel of a parameter path (canonical or shorthand). */
        public static Channel of(String path) {
            String p = ParameterTable.canonical(path);
            if (p.startsWith("trust.")) {
                return TRUST;
            }
            if (p.startsWith("conflict.front.") || p.startsWith("conflict.beliefs.")) {
                return DRIFT;
            }
            if (p.startsWith("conflict.costs.")) {
                return COSTS;
            }
            return OTHER;
        }
    }

    /**
     * One rung taken.
     *
     * @param month        the month it was taken in
     * @param by           who took it
     * @param rung         the rung's id
     * @param countered    whether the counter-move followed
     * @param counterBy    who makes the counter-move ("" without one)
     * @param probability  the counter-move's probability used for the draw
     * @param noDealBefore the escalator's W just before
     * @param ifUnanswered the escalator's W had the counter-move surely not come
     * @param ifAnswered   the escalator's W had it surely come (= ifUnanswered without a counter-move)
     * @param allBefore    every decider's W in that month before the rung, table order
     * @param noDealAfter  every decider's W in that month after the rung (and counter-move), table order
     * @param trustChanges trust entries the rung and counter-move changed, "RU→US 0.15 → 0.12"
     */
    public record Step(int month, String by, String rung, boolean countered, String counterBy, double probability,
                       double noDealBefore, double ifUnanswered, double ifAnswered, double[] allBefore,
                       double[] noDealAfter, List<String> trustChanges) {
        public Step {
            allBefore = allBefore.clone();
            noDealAfter = noDealAfter.clone();
            trustChanges = List.copyOf(trustChanges);
        }

        @Override
        public double[] noDealAfter() {
            return noDealAfter.clone();
        }

        @Override
        public double[] allBefore() {
            return allBefore.clone();
        }

        /** The escalator's expected change of its own W with the counter-move at its probability. */
        public double reckonedGain() {
            return (1 - probability) * ifUnanswered + probability * ifAnswered - noDealBefore;
        }
    }

    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);

    private final Scenario base;
    private final ParameterTable table;
    private final int[] order;
    private final int partyCount;
    private final Set<Channel> channels;
    private final List<EscalationRung> rungs;
    private final SplittableRandom counters;
    private final double[] shocks; // null: front at its expectation
    private final double[] expectedPath;
    private final int horizon;
    private final int frontDrift;
    private final int frontVolatility;
    private final int[] beliefDrifts;
    private final boolean[] reserved;
    private final double baseDrift;
    private final double[] drift;
    private final double[] volatility;
    private final double[] front;
    private final double[][] w;
    private final double talksFront; // front-following issues' no-deal point for U^e; NaN: the initial front
    private final List<Step> steps = new ArrayList<>();
    private final Map<String, Solved[]> outlook = new HashMap<>();
    private double[] values;
    private Solved conflict;
    private NegotiationDomain domain;

    /**
     * @param scenario    the scenario the talks start from (e.g. its central case or a draw)
     * @param order       table order → scenario order of the deciders ({@link ScenarioBargaining#deciders()})
     * @param partyCount  parties at the table (the first {@code partyCount} of the order)
     * @param sampled     whether the front is sampled (else at its expectation)
     * @param seed        the seed of the front shocks and the counter-move draws
     * @param channels    the effect channels escalation applies (all for the full model)
     */
    public ScenarioEscalation(Scenario scenario, int[] order, int partyCount, boolean sampled, long seed,
                              Set<Channel> channels) {
        this(scenario, order, partyCount, sampled, seed, channels, 0);
    }

    /**
     * Talks that open in month {@code startMonth} (see the class comment); 0 gives the constructor above.
     *
     * @param startMonth the month the talks open in, at least 0
     */
    public ScenarioEscalation(Scenario scenario, int[] order, int partyCount, boolean sampled, long seed,
                              Set<Channel> channels, int startMonth) {
        if (startMonth < 0) {
            throw new IllegalArgumentException("startMonth = " + startMonth + " must be >= 0 (0 = the scenario's"
                    + " start)");
        }
        this.base = scenario;
        this.table = ParameterTable.of(scenario);
        this.order = order.clone();
        this.partyCount = partyCount;
        this.channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        this.rungs = scenario.conflict().orElseThrow(() -> new IllegalArgumentException("scenario '"
                + scenario.info().id() + "' has no conflict section; escalation needs the front and costs"))
                .escalationLadder();
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom frontRng = root.split();
        this.counters = root.split();
        this.values = table.values();
        this.conflict = solve(scenario);
        this.horizon = conflict.scenario.horizonMonths();
        this.frontDrift = table.indexOf("conflict.front.drift_per_month");
        this.frontVolatility = table.indexOf("conflict.front.volatility");
        List<Integer> beliefs = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String p = table.entries().get(i).path();
            if (p.startsWith("conflict.beliefs.") && p.endsWith(".drift_per_month")) {
                beliefs.add(i);
            }
        }
        this.beliefDrifts = beliefs.stream().mapToInt(Integer::intValue).toArray();
        this.drift = new double[horizon + 1];
        this.volatility = new double[horizon + 1];
        this.baseDrift = values[frontDrift];
        Arrays.fill(drift, baseDrift);
        Arrays.fill(volatility, values[frontVolatility]);
        if (sampled) {
            shocks = new double[horizon + 1];
            for (int t = 0; t < horizon; t++) {
                shocks[t] = frontRng.nextGaussian();
            }
            expectedPath = null;
        } else {
            shocks = null;
            expectedPath = conflict.scenario.expectedFrontPath();
        }
        this.front = new double[horizon + 1];
        this.reserved = new boolean[order.length];
        ScenarioBargaining b = ScenarioBargaining.of(scenario);
        double[] stated = b.reservations();
        for (int j = 0; j < order.length; j++) {
            reserved[j] = scenario.preferences().get(b.deciders().get(order[j])).reservation().isPresent();
        }
        this.w = new double[order.length][horizon + 1];
        for (int j = 0; j < order.length; j++) {
            if (reserved[j]) {
                Arrays.fill(w[j], stated[order[j]]);
            }
        }
        pathFrom(0);
        if (expectedPath != null) {
            // before any rung the front is the expected path itself (pathFrom(0) adds a zero shift), so W there is
            // ScenarioConflict's own W on its expected path: the same numbers, to the bit, as valueOfNoDeal() and the
            // draws' shared stage inputs
            double[][] along = conflict.scenario.valuesOnExpectedPath();
            for (int t = 0; t <= horizon; t++) {
                for (int j = 0; j < order.length; j++) {
                    if (!reserved[j]) {
                        w[j][t] = along[order[j]][t];
                    }
                }
            }
        } else {
            noDealFrom(0);
        }
        int t0 = clamp(startMonth);
        this.talksFront = t0 == 0 ? Double.NaN : conflict.scenario.expectedFront(t0);
        this.domain = domainOf(scenario, t0);
    }

    /** The rungs a party at the table may take, as the protocol's steps (party = table index). */
    public List<EscalationStep> ladder(List<String> tableOrder) {
        List<EscalationStep> out = new ArrayList<>();
        for (EscalationRung r : rungs) {
            int party = tableOrder.indexOf(r.by());
            if (party < 0 || party >= partyCount) {
                continue; // a stakeholder's or ratifier's rung: nobody at the table takes it
            }
            double p = counterProbability(r, values);
            double before = values[frontDrift];
            double[] v = values.clone();
            apply(r.effects(), v, ALL);
            double d = v[frontDrift] - before;
            double dc = 0.0;
            if (r.counter().isPresent()) {
                double mid = v[frontDrift];
                apply(r.counter().get().effects(), v, ALL);
                dc = v[frontDrift] - mid;
            }
            out.add(new EscalationStep(r.id(), party, d, p, dc));
        }
        return out;
    }

    /** The rungs taken so far, in order. */
    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** W_i(t) as the talks saw it, table order, months 0..H (months after an escalation as solved again). */
    public double[][] noDealTable() {
        return Arrays.stream(w).map(double[]::clone).toArray(double[][]::new);
    }

    /** The front month by month as the talks saw it. */
    public double[] frontPath() {
        return front.clone();
    }

    /** The scenario as escalation has left it. */
    public Scenario scenario() {
        return conflict.scenario.scenario();
    }

    @Override
    public int deciderCount() {
        return order.length;
    }

    @Override
    public double value(int decider, int month) {
        return w[decider][clamp(month)];
    }

    @Override
    public double front(int month) {
        return front[clamp(month)];
    }

    @Override
    public NegotiationDomain domain() {
        return domain;
    }

    @Override
    public double driftShift(int month) {
        return drift[clamp(month)] - baseDrift;
    }

    @Override
    public double valueIfTaken(int decider, int month, EscalationStep step, double counterWeight) {
        int m = clamp(month);
        if (reserved[decider]) {
            return w[decider][m];
        }
        Solved[] c = outlook(rung(step.id()));
        int i = order[decider];
        double unanswered = c[0].along(front)[i][m];
        double answered = c[1].along(front)[i][m];
        return (1 - counterWeight) * unanswered + counterWeight * answered;
    }

    @Override
    public boolean escalate(int month, EscalationStep step) {
        int m = clamp(month);
        EscalationRung r = rung(step.id());
        int escalator = step.party();
        double before = w[escalator][m];
        double[] allBefore = new double[order.length];
        for (int j = 0; j < allBefore.length; j++) {
            allBefore[j] = w[j][m];
        }
        double ifUnanswered = valueIfTaken(escalator, m, step, 0.0);
        double ifAnswered = valueIfTaken(escalator, m, step, 1.0);
        double p = 0.0;
        double[] next = values.clone();
        apply(r.effects(), next, channels);
        boolean countered = false;
        if (r.counter().isPresent()) {
            p = counterProbability(r, next);
            countered = counters.nextDouble() < p;
            if (countered) {
                apply(r.counter().get().effects(), next, channels);
            }
        }
        List<String> trust = new ArrayList<>();
        for (int k = 0; k < next.length; k++) {
            String path = table.entries().get(k).path();
            if (path.startsWith("trust.") && next[k] != values[k]) {
                trust.add(path.substring("trust.".length()).replace(".", "→") + " "
                        + String.format(java.util.Locale.ROOT, "%.4g → %.4g", values[k], next[k]));
            }
        }
        boolean utilitiesChange = false;
        for (int k = 0; k < next.length; k++) {
            if (next[k] != values[k] && Channel.of(table.entries().get(k).path()) != Channel.DRIFT
                    && Channel.of(table.entries().get(k).path()) != Channel.COSTS) {
                utilitiesChange = true;
            }
        }
        values = next;
        // solved for the same values when the escalator weighed the rung (with every channel kept)
        Solved[] seen = channels.equals(ALL) ? outlook.get(r.id()) : null;
        conflict = seen != null ? seen[countered ? 1 : 0] : solve(table.applyTo(base, values));
        outlook.clear();
        for (int t = m; t <= horizon; t++) {
            drift[t] = values[frontDrift];
            volatility[t] = values[frontVolatility];
        }
        pathFrom(m);
        noDealFrom(m);
        if (utilitiesChange) {
            domain = domainOf(conflict.scenario.scenario(), m);
        }
        double[] after = new double[order.length];
        for (int j = 0; j < after.length; j++) {
            after[j] = w[j][m];
        }
        steps.add(new Step(m, r.by(), r.id(), countered, r.counter().map(c -> c.by()).orElse(""), p, before,
                ifUnanswered, ifAnswered, allBefore, after, trust));
        return countered;
    }

    private EscalationRung rung(String id) {
        for (EscalationRung r : rungs) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no rung '" + id + "' in the scenario's escalation_ladder");
    }

    /** The conflict had the rung been taken now: [0] without the counter-move, [1] with it. */
    private Solved[] outlook(EscalationRung r) {
        return outlook.computeIfAbsent(r.id(), id -> {
            double[] v = values.clone();
            apply(r.effects(), v, ALL);
            Solved unanswered = solve(table.applyTo(base, v));
            if (r.counter().isEmpty()) {
                return new Solved[] {unanswered, unanswered};
            }
            apply(r.counter().get().effects(), v, ALL);
            return new Solved[] {unanswered, solve(table.applyTo(base, v))};
        });
    }

    /**
     * A scenario's conflict with each decider's W along one front path (scenario order; null for a stated
     * reservation). W is only ever read at (t, front[t]) of the path the talks follow — the sampled or expected path,
     * recomputed from a rung's month on when the rung changes the drift — so instead of whole tables (every month,
     * every cell) this solves {@link DiscretisedFrontValueOfFighting#valuesAlong} along the path, on the grid of
     * {@link ScenarioConflict#valuesAt}, and again only when the path has changed since (within
     * {@link DiscretisedFrontValueOfFighting#trimBound} of the table's values).
     */
    private final class Solved {
        final ScenarioConflict scenario;
        private double[] path;
        private double[][] along;

        Solved(ScenarioConflict scenario) {
            this.scenario = scenario;
        }

        /** W of scenario decider i at (t, fronts[t]) for every month t, fronts the talks' current path. */
        double[][] along(double[] fronts) {
            if (along == null || !Arrays.equals(path, fronts)) {
                ScenarioConflict c = scenario;
                int h = c.horizonMonths();
                double[][] w = new double[c.deciders().size()][];
                for (int j = 0; j < order.length; j++) {
                    if (!reserved[j]) {
                        int i = order[j];
                        int cells = c.problem(i).walk().defaultCells(0, Math.max(1, h));
                        w[i] = new DiscretisedFrontValueOfFighting(cells).valuesAlong(c.problem(i), fronts);
                    }
                }
                path = fronts.clone();
                along = w;
            }
            return along;
        }
    }

    private Solved solve(Scenario scenario) {
        return new Solved(ScenarioConflict.of(scenario));
    }

    private double counterProbability(EscalationRung r, double[] v) {
        int k = table.indexOf("conflict.escalation_ladder." + r.id() + ".counter.probability");
        return k < 0 ? 0.0 : Math.max(0.0, Math.min(1.0, v[k]));
    }

    /**
     * Applies the effects of the kept channels; a change of the front's drift moves every believed drift by the
     * same amount (see the class comment).
     */
    private void apply(List<Effect> effects, double[] v, Set<Channel> kept) {
        for (Effect e : effects) {
            if (!kept.contains(Channel.of(e.path()))) {
                continue;
            }
            double before = v[frontDrift];
            table.apply(List.of(e), v);
            double d = v[frontDrift] - before;
            if (d != 0.0) {
                for (int k : beliefDrifts) {
                    v[k] += d;
                }
            }
        }
    }

    private void pathFrom(int month) {
        if (month == 0) {
            front[0] = expectedPath != null ? expectedPath[0] : base.conflict().get().front().initial().value();
        }
        for (int t = Math.max(month, 0); t < horizon; t++) {
            if (expectedPath != null) {
                double shift = front[t] - expectedPath[t] + drift[t] - baseDrift;
                front[t + 1] = clampUnit(expectedPath[t + 1] + shift);
            } else {
                double f = front[t];
                front[t + 1] = f <= 0.0 || f >= 1.0 ? f : clampUnit(f + drift[t] + volatility[t] * shocks[t]);
            }
        }
    }

    private void noDealFrom(int month) {
        double[][] along = conflict.along(front);
        for (int t = month; t <= horizon; t++) {
            for (int j = 0; j < order.length; j++) {
                if (!reserved[j]) {
                    w[j][t] = along[order[j]][t];
                }
            }
        }
    }

    /** Every decider's U^e in table order, the scenario as it stands, W of the given month as the disagreement. */
    private NegotiationDomain domainOf(Scenario scenario, int month) {
        ScenarioBargaining b = Double.isNaN(talksFront) ? ScenarioBargaining.of(scenario)
                : ScenarioBargaining.of(scenario, talksFront);
        double[] wm = new double[order.length];
        for (int j = 0; j < order.length; j++) {
            wm[order[j]] = w[j][month];
        }
        List<AdditiveUtility> expected = BargainingAnalysis.expectedUtilities(b.problem(wm));
        List<RedLines> red = b.redLines();
        List<AdditiveUtility> us = new ArrayList<>();
        List<RedLines> reds = new ArrayList<>();
        for (int j : order) {
            us.add(expected.get(j));
            reds.add(red.get(j));
        }
        return NegotiationDomain.of(us, partyCount, reds);
    }

    private int clamp(int month) {
        return Math.min(Math.max(month, 0), horizon);
    }

    private static double clampUnit(double x) {
        return x <= 0.0 ? 0.0 : (x >= 1.0 ? 1.0 : x);
    }
}
