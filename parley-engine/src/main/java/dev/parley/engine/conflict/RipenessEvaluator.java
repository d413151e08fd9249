package dev.parley.engine.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Zartman's ripeness, made operational (DESIGN.md §4.3, reference/conflict-models.md §1.5), month by month from
 * plain inputs, each party judging by its own beliefs:
 * <ol>
 *   <li>stalemate — for every party i, |E_i[f(t+H) − f(t)]| &lt; ε_s and P_i(decisive within H) &lt; τ;</li>
 *   <li>hurting — for every party i, c_i(t) ≥ κ_i;</li>
 *   <li>way out — a ZOPA exists given the parties' values of fighting on W_i(t) ({@link WayOutTest}).</li>
 * </ol>
 * Ripe ⇔ (1) ∧ (2) ∧ (3). The stalemate inputs can be computed with {@link #stalemateInputs}.
 */
public final class RipenessEvaluator {
    private final RipenessThresholds thresholds;
    private final String[] partyNames;

    /**
     * @param thresholds ε_s, τ, H and κ_i
     * @param partyNames names used in the reasons, one per party (same order as the thresholds)
     */
    public RipenessEvaluator(RipenessThresholds thresholds, String... partyNames) {
        if (partyNames.length != thresholds.parties()) {
            throw new IllegalArgumentException(partyNames.length + " party names for " + thresholds.parties()
                    + " pain thresholds; give one name per party");
        }
        this.thresholds = thresholds;
        this.partyNames = partyNames.clone();
    }

    /**
     * Party i's stalemate inputs at month t from its own walk: {@code {E_i[f(t+H) − f(t)], P_i(decisive within H)}}
     * given f(t), by exact propagation on the walk's default grid: one forward forecast from f(t). For many months
     * of one walk, {@link StalemateOutlook} gives the same numbers (up to rounding, within 1e-13) from one backward
     * pass per window; this method stays as its reference.
     */
    public static double[] stalemateInputs(FrontRandomWalk ownBeliefs, double front, int month, int windowMonths) {
        FrontForecast forecast = ownBeliefs.forecast(front, month, windowMonths,
                ownBeliefs.defaultCells(month, month + windowMonths));
        return new double[] {forecast.expectedChange(windowMonths), forecast.decided(windowMonths)};
    }

    /**
     * One month.
     *
     * @param expectedChange       E_i[f(t+H) − f(t)] per party
     * @param decisiveProbability  P_i(decisive within H) per party
     * @param cost                 c_i(t) per party
     * @param warValues            W_i(t) per party
     * @param wayOut               the ZOPA test
     */
    public RipenessAssessment assess(int month, double[] expectedChange, double[] decisiveProbability, double[] cost,
                                     double[] warValues, WayOutTest wayOut) {
        int n = partyNames.length;
        checkLength("expectedChange", expectedChange, n);
        checkLength("decisiveProbability", decisiveProbability, n);
        checkLength("cost", cost, n);
        checkLength("warValues", warValues, n);
        List<String> reasons = new ArrayList<>();
        boolean stalemate = true;
        boolean hurting = true;
        int window = thresholds.windowMonths();
        for (int i = 0; i < n; i++) {
            if (!(Math.abs(expectedChange[i]) < thresholds.stalemateDrift())) {
                stalemate = false;
                reasons.add(format("no stalemate for %s: expects the front to move by %.4f within %d months (threshold %.4f)",
                        partyNames[i], expectedChange[i], window, thresholds.stalemateDrift()));
            }
            if (!(decisiveProbability[i] < thresholds.decisiveProbability())) {
                stalemate = false;
                reasons.add(format("no stalemate for %s: P(decisive outcome within %d months) = %.4f (threshold %.4f)",
                        partyNames[i], window, decisiveProbability[i], thresholds.decisiveProbability()));
            }
            if (!(cost[i] >= thresholds.painThreshold(i))) {
                hurting = false;
                reasons.add(format("not hurting for %s: cost %.4f per month below its pain threshold %.4f",
                        partyNames[i], cost[i], thresholds.painThreshold(i)));
            }
        }
        boolean exists = wayOut.exists(warValues.clone());
        if (!exists) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < n; i++) {
                values.append(i == 0 ? "" : ", ").append(partyNames[i]).append(' ')
                        .append(String.format(Locale.ROOT, "%.4f", warValues[i]));
            }
            reasons.add("no way out: no agreement gives every party its value of fighting on (" + values + ")");
        }
        return new RipenessAssessment(month, stalemate, hurting, exists, reasons);
    }

    /**
     * Months {@code 0..T−1}; arrays are indexed {@code [party][month]}.
     *
     * @return one assessment per month
     */
    public List<RipenessAssessment> timeline(double[][] expectedChange, double[][] decisiveProbability,
                                             double[][] cost, double[][] warValues, WayOutTest wayOut) {
        int n = partyNames.length;
        if (expectedChange.length != n || decisiveProbability.length != n || cost.length != n
                || warValues.length != n) {
            throw new IllegalArgumentException("every input needs one row per party (" + n + ")");
        }
        int months = expectedChange[0].length;
        List<RipenessAssessment> out = new ArrayList<>(months);
        double[] e = new double[n];
        double[] d = new double[n];
        double[] c = new double[n];
        double[] w = new double[n];
        for (int t = 0; t < months; t++) {
            for (int i = 0; i < n; i++) {
                e[i] = monthValue(expectedChange, "expectedChange", i, t, months);
                d[i] = monthValue(decisiveProbability, "decisiveProbability", i, t, months);
                c[i] = monthValue(cost, "cost", i, t, months);
                w[i] = monthValue(warValues, "warValues", i, t, months);
            }
            out.add(assess(t, e, d, c, w, wayOut));
        }
        return out;
    }

    /**
     * Months {@code 0..frontPath.length−1} straight from each party's own conflict model: W_i(t) from one backward
     * induction per party ({@link DiscretisedFrontValueOfFighting}), the stalemate inputs from the party's own walk
     * ({@link StalemateOutlook}, as {@link #stalemateInputs} up to rounding), the cost from {@link FightingValueProblem#cost}, all at the front of
     * {@code frontPath[t]} (the observed, expected or simulated front).
     *
     * @param ownModels one problem per party, in the evaluator's party order, each under that party's beliefs
     * @param frontPath the front at each month to assess (months beyond a model's horizon are rejected)
     */
    public List<RipenessAssessment> scan(FightingValueProblem[] ownModels, double[] frontPath, WayOutTest wayOut) {
        int n = partyNames.length;
        if (ownModels.length != n) {
            throw new IllegalArgumentException(ownModels.length + " conflict models for " + n
                    + " parties; give one per party, under its own beliefs");
        }
        int months = frontPath.length;
        double[][] change = new double[n][months];
        double[][] decisive = new double[n][months];
        double[][] cost = new double[n][months];
        double[][] war = new double[n][months];
        DiscretisedFrontValueOfFighting method = new DiscretisedFrontValueOfFighting();
        for (int i = 0; i < n; i++) {
            FightingValueProblem model = ownModels[i];
            if (months - 1 > model.horizonMonths()) {
                throw new IllegalArgumentException("frontPath covers " + months + " months but " + partyNames[i]
                        + "'s model has horizon " + model.horizonMonths() + "; shorten the path or extend the horizon");
            }
            FightingValueTable table = method.table(model);
            StalemateOutlook outlook = new StalemateOutlook(model.walk(), thresholds.windowMonths());
            for (int t = 0; t < months; t++) {
                double[] s = outlook.inputs(frontPath[t], t);
                change[i][t] = s[0];
                decisive[i][t] = s[1];
                cost[i][t] = model.cost(t);
                war[i][t] = table.value(t, frontPath[t]);
            }
        }
        return timeline(change, decisive, cost, war, wayOut);
    }

    /** The first ripe month of a timeline, if any. */
    public static OptionalInt firstRipeMonth(List<RipenessAssessment> timeline) {
        for (RipenessAssessment a : timeline) {
            if (a.ripe()) {
                return OptionalInt.of(a.month());
            }
        }
        return OptionalInt.empty();
    }

    private static double monthValue(double[][] rows, String name, int party, int month, int months) {
        if (rows[party].length != months) {
            throw new IllegalArgumentException(name + "[" + party + "] has " + rows[party].length
                    + " months but expectedChange[0] has " + months);
        }
        return rows[party][month];
    }

    private static void checkLength(String name, double[] values, int parties) {
        if (values.length != parties) {
            throw new IllegalArgumentException(name + " has " + values.length + " entries; expected one per party ("
                    + parties + ")");
        }
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
