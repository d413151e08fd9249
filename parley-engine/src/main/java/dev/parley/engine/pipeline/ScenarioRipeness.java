package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.bargain.BargainingProblem;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.ZopaAnalyzer;
import dev.parley.engine.conflict.RipenessAssessment;
import dev.parley.engine.conflict.RipenessEvaluator;
import dev.parley.engine.conflict.RipenessThresholds;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
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
        ScenarioConflict conflict = ScenarioConflict.of(scenario);
        if (conflict.horizonMonths() < settings.windowMonths()) {
            throw new IllegalArgumentException("the horizon (" + conflict.horizonMonths() + " months) is shorter than"
                    + " the stalemate window (" + settings.windowMonths() + " months); use a shorter window");
        }
        ValueOfNoDeal w = conflict.valueOfNoDeal();
        List<String> deciders = conflict.deciders();
        List<Integer> partyIndex = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < deciders.size(); i++) {
            String id = deciders.get(i);
            if (scenario.actor(id).map(a -> a.role() == Role.PARTY).orElse(false)) {
                partyIndex.add(i);
                parties.add(id);
            }
        }
        double[] stated = new double[deciders.size()];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < stated.length; i++) {
            var reservation = scenario.preferences().get(deciders.get(i)).reservation();
            stated[i] = reservation.map(r -> r.value()).orElse(Double.NaN);
            sources.add(reservation.isPresent() ? "stated reservation" : BargainingStage.CONFLICT_SOURCE);
        }
        int p = parties.size();
        double[] kappa = new double[p];
        List<String> painSources = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            var kappaStated = conflict.painThreshold(partyIndex.get(j));
            kappa[j] = kappaStated.orElse(0.0);
            painSources.add(kappaStated.isPresent() ? "scenario" : "default 0: no hurting_threshold stated");
        }
        RipenessEvaluator evaluator = new RipenessEvaluator(new RipenessThresholds(settings.stalemateDrift(),
                settings.decisiveProbability(), settings.windowMonths(), kappa), parties.toArray(new String[0]));
        List<RipenessMonth> months = new ArrayList<>();
        MonthSpaces spaces = new MonthSpaces();
        int n = deciders.size();
        for (int t = 0; t <= conflict.horizonMonths() - settings.windowMonths(); t++) {
            double front = w.front()[t];
            double[] all = new double[n];
            double[] cost = new double[n];
            for (int i = 0; i < n; i++) {
                all[i] = Double.isNaN(stated[i]) ? w.value(i, t) : stated[i];
                cost[i] = conflict.cost(i, t);
            }
            ScenarioBargaining bargaining = ScenarioBargaining.of(scenario, front);
            MonthSpace space = spaces.forNoDeal(bargaining, all);
            boolean wayOut = someFrontierPointAcceptable(space.frontier(), all);
            double[] best = bestAttainable(space.frontier(), all);
            double[] change = new double[p];
            double[] decisive = new double[p];
            double[] partyCost = new double[p];
            double[] partyW = new double[p];
            for (int j = 0; j < p; j++) {
                int i = partyIndex.get(j);
                double[] s = RipenessEvaluator.stalemateInputs(conflict.problem(i).walk(), front, t,
                        settings.windowMonths());
                change[j] = s[0];
                decisive[j] = s[1];
                partyCost[j] = cost[i];
                partyW[j] = all[i];
            }
            RipenessAssessment a = evaluator.assess(t, change, decisive, partyCost, partyW, ignored -> wayOut);
            months.add(new RipenessMonth(front, all, best, cost, withDeciderReasons(a, deciders, all, best)));
        }
        return new RipenessTimeline(deciders, sources, parties, kappa, painSources, settings, w, months);
    }

    /** The expected utilities, red lines and Pareto frontier of the months with one no-deal outcome. */
    private record MonthSpace(int[] noDealOutcome, List<AdditiveUtility> utilities, RedLines redLines,
                              ParetoSet frontier) {
    }

    /**
     * U_i^e, the red lines and hence the frontier depend on the month only through the no-deal outcome (the grid
     * point nearest E[f(t)] of the front-following issues, which broken commitments revert to): months that share
     * it share them, so each is computed once per distinct no-deal outcome — usually a handful over the horizon.
     */
    private static final class MonthSpaces {
        private final List<MonthSpace> known = new ArrayList<>();

        MonthSpace forNoDeal(ScenarioBargaining bargaining, double[] noDealValues) {
            int[] key = bargaining.noDealOutcome();
            for (MonthSpace m : known) {
                if (java.util.Arrays.equals(m.noDealOutcome(), key)) {
                    return m;
                }
            }
            BargainingProblem problem = bargaining.problem(noDealValues);
            List<AdditiveUtility> us = BargainingAnalysis.expectedUtilities(problem);
            RedLines red = RedLines.union(problem.space(), problem.redLines().toArray(new RedLines[0]));
            ParetoSet frontier = new AdditiveMergeParetoFrontier(Dominance.DEFAULT_TOLERANCE,
                    AdditiveMergeParetoFrontier.DEFAULT_MAX_PARTIAL_POINTS).compute(us, red);
            MonthSpace m = new MonthSpace(key, us, red, frontier);
            known.add(m);
            return m;
        }
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
