package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Trade (logrolling) suggestions (DESIGN.md §4.2): from a given outcome, every single option change and every
 * pair of changes on two different issues that raises every party's utility by more than the tolerance,
 * ranked by joint gain Σ_i ΔU_i (ties: fewer moves first, then by issue and option). With additive utilities a
 * pair's gain is the sum of its moves' gains, so all R² pairs (R = Σ_k options) are scored in O(R²·n) without
 * evaluating outcomes. Moves onto red-lined options are skipped.
 */
public final class TradeFinder {
    private final double tolerance;

    /** Uses {@link Dominance#DEFAULT_TOLERANCE}. */
    public TradeFinder() {
        this(Dominance.DEFAULT_TOLERANCE);
    }

    /** @param tolerance a gain must exceed this for every party */
    public TradeFinder(double tolerance) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
    }

    /**
     * @param parties    each party's additive (expected) utility
     * @param outcome    the current outcome, one option per issue
     * @param redLines   options that may not be moved to
     * @param maxResults how many trades to return (the total found is always reported)
     * @return the best trades
     */
    public TradeSearch find(List<AdditiveUtility> parties, int[] outcome, RedLines redLines, int maxResults) {
        int n = parties.size();
        if (n == 0) {
            throw new IllegalArgumentException("need at least one party");
        }
        var space = parties.get(0).space();
        if (outcome.length != space.issueCount()) {
            throw new IllegalArgumentException("outcome needs " + space.issueCount() + " options, got " + outcome.length);
        }
        space.encode(outcome); // validates the option indices
        List<int[]> moves = new ArrayList<>(); // {issue, option}
        List<double[]> delta = new ArrayList<>();
        for (int k = 0; k < space.issueCount(); k++) {
            for (int o = 0; o < space.optionCount(k); o++) {
                if (o == outcome[k] || redLines.forbids(k, o)) {
                    continue;
                }
                double[] d = new double[n];
                for (int i = 0; i < n; i++) {
                    d[i] = parties.get(i).contribution(k, o) - parties.get(i).contribution(k, outcome[k]);
                }
                moves.add(new int[] {k, o});
                delta.add(d);
            }
        }
        List<Trade> found = new ArrayList<>();
        long total = 0;
        int r = moves.size();
        double[] g = new double[n];
        for (int a = 0; a < r; a++) {
            if (improvesAll(delta.get(a), tolerance)) {
                total++;
                found.add(trade(outcome, List.of(moves.get(a)), delta.get(a).clone(), false));
            }
            for (int b = a + 1; b < r; b++) {
                if (moves.get(b)[0] == moves.get(a)[0]) {
                    continue;
                }
                double[] da = delta.get(a);
                double[] db = delta.get(b);
                for (int i = 0; i < n; i++) {
                    g[i] = da[i] + db[i];
                }
                if (improvesAll(g, tolerance)) {
                    total++;
                    boolean logroll = !improvesAll(da, tolerance) && !improvesAll(db, tolerance)
                            && hurtsSomeone(da, tolerance) && hurtsSomeone(db, tolerance);
                    found.add(trade(outcome, List.of(moves.get(a), moves.get(b)), g.clone(), logroll));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Trade::jointGain).reversed()
                .thenComparingInt(t -> t.moves().size())
                .thenComparing(TradeFinder::moveKey));
        List<Trade> top = found.subList(0, Math.min(maxResults, found.size()));
        return new TradeSearch(top, total);
    }

    private static String moveKey(Trade t) {
        StringBuilder sb = new StringBuilder();
        for (Trade.Move m : t.moves()) {
            sb.append(String.format("%06d:%06d;", m.issue(), m.toOption()));
        }
        return sb.toString();
    }

    private static Trade trade(int[] outcome, List<int[]> ms, double[] gains, boolean logroll) {
        List<Trade.Move> moves = new ArrayList<>();
        for (int[] m : ms) {
            moves.add(new Trade.Move(m[0], outcome[m[0]], m[1]));
        }
        double s = 0;
        for (double x : gains) {
            s += x;
        }
        return new Trade(moves, gains, s, logroll);
    }

    private static boolean improvesAll(double[] d, double tol) {
        for (double x : d) {
            if (!(x > tol)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hurtsSomeone(double[] d, double tol) {
        for (double x : d) {
            if (x < -tol) {
                return true;
            }
        }
        return false;
    }
}
