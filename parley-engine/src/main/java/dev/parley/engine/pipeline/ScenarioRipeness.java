package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.ZopaAnalyzer;
import dev.parley.engine.conflict.RipenessAssessment;
import dev.parley.engine.conflict.RipenessEvaluator;
import dev.parley.engine.conflict.RipenessThresholds;
import dev.parley.engine.conflict.StalemateOutlook;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Ripeness of a scenario month by month (DESIGN.md §4.3; Zartman made operational, reference/conflict-models.md
 * §1.5), from the conflict model and the bargaining space:
 * <ol>
 *   <li>stalemate — for every party, under its own walk from E[f(t)]: |E_i[f(t+H) − f(t)]| &lt; ε_s and
 *       P_i(decisive within H) &lt; τ;</li>
 *   <li>hurting — for every party, c_i(t) ≥ κ_i ({@code costs.<id>.hurting_threshold}; where absent κ_i = 0, so
 *       any cost of fighting counts: the condition then does not constrain that party — no published default
 *       exists);</li>
 *   <li>way out — the ZOPA of the scenario's expected utilities U_i^e against every decider's own W_i(t) is not
 *       empty ({@link ZopaAnalyzer}); ratifiers count here, because a deal needs them.</li>
 * </ol>
 * Stalemate and hurting are tested for the parties (role {@code party}) as DESIGN.md §4.3 says; ratifiers enter
 * through the way out. A decider's stated {@code reservation} replaces its W_i(t), as in {@link BargainingStage}. For each decider the timeline also gives the best agreement it could get: the largest
 * U_i^e on the Pareto frontier among outcomes every other decider accepts.
 *
 * <p>Months assessed: t = 0..H − window, so that the stalemate test's look-ahead stays inside the horizon. Beyond
 * it the model freezes the path (W_i(H) = u_i(f(H)) whatever i believes), so a later month would test the
 * scenario's status quo rather than the parties' expectations.
 */
public final class ScenarioRipeness {

    private final RipenessSettings settings;

    public ScenarioRipeness(RipenessSettings settings) {
        this.settings = settings;
    }

    /**
     * @param scenario the scenario (usually its central case), with a conflict section
     * @param seed     kept for callers: the timeline needs only the ZOPA's emptiness, which is exact at any size,
     *                 so it no longer samples
     */
    public RipenessTimeline timeline(Scenario scenario, long seed) {
        return timeline(ScenarioStageContext.of(scenario));
    }

    /**
     * The timeline from a shared context (its W_i(t), expected front and frontiers are reused by the other stages).
     * U_i^e, the red lines and hence the frontier depend on the month only through the no-deal outcome (the grid
     * point nearest E[f(t)] of the front-following issues, which broken commitments revert to): the context computes
     * each once per distinct no-deal outcome — usually a handful over the horizon.
     */
    public RipenessTimeline timeline(ScenarioStageContext context) {
        Scenario scenario = context.scenario();
        ScenarioConflict conflict = context.conflict();
        checkWindow(conflict);
        ValueOfNoDeal w = conflict.valueOfNoDeal();
        List<String> deciders = conflict.deciders();
        Parties parties = parties(context);
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < deciders.size(); i++) {
            sources.add(Double.isNaN(context.statedReservation(i)) ? BargainingStage.CONFLICT_SOURCE
                    : "stated reservation");
        }
        int p = parties.ids().size();
        RipenessEvaluator evaluator = new RipenessEvaluator(parties.thresholds(settings),
                parties.ids().toArray(new String[0]));
        List<RipenessMonth> months = new ArrayList<>();
        int n = deciders.size();
        int lastMonth = conflict.horizonMonths() - settings.windowMonths();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int t = 0; t <= lastMonth; t++) {
            lowest = Math.min(lowest, context.expectedFront(t));
            highest = Math.max(highest, context.expectedFront(t));
        }
        StalemateOutlook[] outlooks = outlooks(conflict, parties.index(), lowest, highest);
        for (int t = 0; t <= conflict.horizonMonths() - settings.windowMonths(); t++) {
            double front = context.expectedFront(t);
            double[] all = context.noDealValues(t);
            double[] cost = new double[n];
            for (int i = 0; i < n; i++) {
                cost[i] = conflict.cost(i, t);
            }
            ParetoSet frontier = context.space(t).frontier();
            boolean wayOut = someFrontierPointAcceptable(frontier, all);
            double[] best = bestAttainable(frontier, all);
            double[] change = new double[p];
            double[] decisive = new double[p];
            double[] partyCost = new double[p];
            double[] partyW = new double[p];
            for (int j = 0; j < p; j++) {
                int i = parties.index()[j];
                double[] s = outlooks[j].inputs(front, t);
                change[j] = s[0];
                decisive[j] = s[1];
                partyCost[j] = cost[i];
                partyW[j] = all[i];
            }
            RipenessAssessment a = evaluator.assess(t, change, decisive, partyCost, partyW, ignored -> wayOut);
            months.add(new RipenessMonth(front, all, best, cost, withDeciderReasons(a, deciders, all, best)));
        }
        return new RipenessTimeline(deciders, sources, parties.ids(), parties.kappa(), parties.painSources(),
                settings, w, months);
    }

    /**
     * The ripe months of {@link #timeline(ScenarioStageContext)}, in order, without the rest of the timeline: each
     * month tests the cheap conditions first (hurting, then stalemate) and builds W_i(t) and the frontier only for
     * a month that passes both, so the same months come out at a fraction of the work.
     */
    public int[] ripeMonths(ScenarioStageContext context) {
        return ripeMonths(context, false);
    }

    /** The first ripe month of {@link #timeline(ScenarioStageContext)}, or −1 when no month is ripe. */
    public int firstRipeMonth(ScenarioStageContext context) {
        int[] first = ripeMonths(context, true);
        return first.length == 0 ? -1 : first[0];
    }

    private int[] ripeMonths(ScenarioStageContext context, boolean firstOnly) {
        ScenarioConflict conflict = context.conflict();
        checkWindow(conflict);
        Parties parties = parties(context);
        RipenessThresholds thresholds = parties.thresholds(settings); // validates κ as the timeline does
        int[] index = parties.index();
        int last = conflict.horizonMonths() - settings.windowMonths();
        int[] ripe = new int[last + 1];
        int found = 0;
        // the stalemate test runs only in hurting months: one backward pass per party asked covers all their fronts
        boolean[] hurts = new boolean[last + 1];
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        for (int t = 0; t <= last; t++) {
            hurts[t] = hurting(conflict, index, thresholds, t);
            if (hurts[t]) {
                double front = context.expectedFront(t);
                lowest = Math.min(lowest, front);
                highest = Math.max(highest, front);
            }
        }
        StalemateOutlook[] outlooks = outlooks(conflict, index, lowest, highest);
        for (int t = 0; t <= last && !(firstOnly && found > 0); t++) {
            if (hurts[t] && stalemate(context, outlooks, thresholds, t)
                    && context.someFrontierPointAcceptable(t, context.noDealValues(t))) {
                ripe[found++] = t;
            }
        }
        return java.util.Arrays.copyOf(ripe, found);
    }

    /** Condition (2) as {@link RipenessEvaluator#assess} tests it. */
    private static boolean hurting(ScenarioConflict conflict, int[] parties, RipenessThresholds thresholds, int t) {
        for (int j = 0; j < parties.length; j++) {
            if (!(conflict.cost(parties[j], t) >= thresholds.painThreshold(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * One {@link StalemateOutlook} per party (in the order of {@code parties}), under its own walk: it answers the
     * stalemate inputs of every month of a scan from one backward pass per window instead of a forecast per month,
     * told that the fronts asked lie in [lowest, highest] (none when lowest &gt; highest).
     */
    private StalemateOutlook[] outlooks(ScenarioConflict conflict, int[] parties, double lowest, double highest) {
        StalemateOutlook[] out = new StalemateOutlook[parties.length];
        for (int j = 0; j < parties.length; j++) {
            out[j] = new StalemateOutlook(conflict.problem(parties[j]).walk(), settings.windowMonths());
            if (lowest <= highest) {
                out[j].cover(lowest, highest);
            }
        }
        return out;
    }

    /** Condition (1) as {@link RipenessEvaluator#assess} tests it, each party under its own walk. */
    private static boolean stalemate(ScenarioStageContext context, StalemateOutlook[] outlooks,
                                     RipenessThresholds thresholds, int t) {
        double front = context.expectedFront(t);
        for (StalemateOutlook outlook : outlooks) {
            double[] s = outlook.inputs(front, t);
            if (!(Math.abs(s[0]) < thresholds.stalemateDrift()) || !(s[1] < thresholds.decisiveProbability())) {
                return false;
            }
        }
        return true;
    }

    private void checkWindow(ScenarioConflict conflict) {
        if (conflict.horizonMonths() < settings.windowMonths()) {
            throw new IllegalArgumentException("the horizon (" + conflict.horizonMonths() + " months) is shorter than"
                    + " the stalemate window (" + settings.windowMonths() + " months); use a shorter window");
        }
    }

    /** The deciders whose stalemate and hurting are tested (role party), with their pain thresholds κ. */
    private record Parties(List<String> ids, int[] index, double[] kappa, List<String> painSources) {
        RipenessThresholds thresholds(RipenessSettings settings) {
            return new RipenessThresholds(settings.stalemateDrift(), settings.decisiveProbability(),
                    settings.windowMonths(), kappa);
        }
    }

    private static Parties parties(ScenarioStageContext context) {
        Scenario scenario = context.scenario();
        List<String> deciders = context.deciders();
        List<String> ids = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < deciders.size(); i++) {
            String id = deciders.get(i);
            if (scenario.actor(id).map(a -> a.role() == Role.PARTY).orElse(false)) {
                index.add(i);
                ids.add(id);
            }
        }
        double[] kappa = new double[ids.size()];
        List<String> painSources = new ArrayList<>();
        for (int j = 0; j < kappa.length; j++) {
            var kappaStated = context.conflict().painThreshold(index.get(j));
            kappa[j] = kappaStated.orElse(0.0);
            painSources.add(kappaStated.isPresent() ? "scenario" : "default 0: no hurting_threshold stated");
        }
        return new Parties(ids, index.stream().mapToInt(Integer::intValue).toArray(), kappa, painSources);
    }

    /**
     * The ZOPA is not empty: some frontier point gives every decider u_i ≥ W_i − tolerance — the emptiness test of
     * {@link ZopaAnalyzer} on the same frontier (a point dominating a ZOPA outcome is itself in the ZOPA), without
     * the ZOPA's size, which the timeline does not use.
     */
    static boolean someFrontierPointAcceptable(ParetoSet frontier, double[] w) {
        double tol = frontier.tolerance();
        for (int q = 0; q < frontier.distinctCount(); q++) {
            boolean all = true;
            for (int i = 0; i < w.length && all; i++) {
                all = frontier.utility(q, i) >= w[i] - tol;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Per decider: max u_i over frontier points with u_j ≥ W_j − tolerance for every j ≠ i (−∞ if none). */
    static double[] bestAttainable(ParetoSet frontier, double[] w) {
        int n = w.length;
        double[] best = new double[n];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        double tol = frontier.tolerance();
        for (int q = 0; q < frontier.distinctCount(); q++) {
            for (int i = 0; i < n; i++) {
                boolean others = true;
                for (int j = 0; j < n && others; j++) {
                    others = j == i || frontier.utility(q, j) >= w[j] - tol;
                }
                if (others) {
                    best[i] = Math.max(best[i], frontier.utility(q, i));
                }
            }
        }
        return best;
    }

    /** The evaluator names the parties' W only; the way-out reason should name every decider and its best deal. */
    private static RipenessAssessment withDeciderReasons(RipenessAssessment a, List<String> deciders, double[] w,
                                                         double[] best) {
        if (a.wayOut()) {
            return a;
        }
        List<String> reasons = new ArrayList<>();
        for (String r : a.reasons()) {
            if (!r.startsWith("no way out")) {
                reasons.add(r);
            }
        }
        StringBuilder b = new StringBuilder("no way out: no agreement gives every decider its value of fighting on (");
        for (int i = 0; i < deciders.size(); i++) {
            b.append(i == 0 ? "" : "; ").append(deciders.get(i)).append(String.format(java.util.Locale.ROOT,
                    " W %.4f, best %s", w[i], Double.isInfinite(best[i]) ? "none"
                            : String.format(java.util.Locale.ROOT, "%.4f", best[i])));
        }
        reasons.add(b.append(')').toString());
        return new RipenessAssessment(a.month(), a.stalemate(), a.hurting(), a.wayOut(), reasons);
    }
}
