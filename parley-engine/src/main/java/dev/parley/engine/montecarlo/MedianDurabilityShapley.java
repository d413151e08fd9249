package dev.parley.engine.montecarlo;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Shapley values of the random factors on the <b>median durability</b> headline: the median, over the draws that
 * reach an agreement, of each agreement's median months to renewed war ({@link MonteCarloSummary}'s
 * {@code agreementDurabilityInterval}).
 *
 * <p>A median is not an expectation, so it does not split into per-draw games the way
 * {@link PerDrawFactorShapley}'s probabilities do: the game is v(S) = that median over the attribution draws with
 * the players of S on, and each v(S) needs every attribution draw valued at S. The input is therefore the table
 * {@code months[draw][coalition]} that exact attribution fills (all 2^k coalitions in every draw, common random
 * numbers), with NaN where the draw reaches no agreement under that coalition; the Shapley values are those of the
 * plug-in game, exactly.
 *
 * <p>The standard errors come from a bootstrap over attribution draws (the draws resampled with replacement, the
 * whole game and its Shapley values recomputed each time; Efron and Tibshirani, <i>An Introduction to the
 * Bootstrap</i>, 1993, ch. 6): the delete-one jackknife, cheaper, is inconsistent for medians (ibid., §11.6).
 * Resamples in which some coalition has no agreement at all leave the game undefined and are skipped (counted).
 */
public final class MedianDurabilityShapley {

    /** Bootstrap resamples for the standard errors: 200 suffice for a standard error (Efron and Tibshirani, §6.4). */
    public static final int BOOTSTRAP_RESAMPLES = 200;

    /**
     * @param values         φ_j in months (NaN when the game is undefined)
     * @param standardErrors bootstrap standard errors in months (NaN when fewer than two resamples were defined)
     * @param none           v(no player on), months
     * @param all            v(every player on), months
     * @param resamples      bootstrap resamples in which the game was defined
     * @param undefinedCoalitions coalitions under which no attribution draw reached an agreement (the game, and so
     *                       every value, is then undefined)
     * @param agreements     agreements counted over all draws and coalitions
     */
    public record Result(double[] values, double[] standardErrors, double none, double all, int resamples,
                         int undefinedCoalitions, long agreements) {

        /** Whether the values are numbers (every coalition reached some agreement, none at +∞). */
        public boolean defined() {
            return undefinedCoalitions == 0 && Double.isFinite(none) && Double.isFinite(all)
                    && Arrays.stream(values).allMatch(Double::isFinite);
        }
    }

    private MedianDurabilityShapley() {
    }

    /**
     * @param players k
     * @param months  {@code months[d][S]}: draw d's median months to renewed war under coalition S (bit j = player
     *                j on), NaN without an agreement; 2^k columns per draw
     * @param seed    seeds the bootstrap
     */
    public static Result of(int players, double[][] months, long seed) {
        int size = 1 << players;
        for (double[] row : months) {
            if (row.length != size) {
                throw new IllegalArgumentException(row.length + " coalitions in a draw; " + players + " players have "
                        + size);
            }
        }
        int n = months.length;
        int[] everyDraw = new int[n];
        for (int d = 0; d < n; d++) {
            everyDraw[d] = d;
        }
        double[] game = game(months, everyDraw, size);
        int undefined = 0;
        long agreements = 0;
        for (double[] row : months) {
            for (double m : row) {
                agreements += Double.isNaN(m) ? 0 : 1;
            }
        }
        for (double v : game) {
            undefined += Double.isNaN(v) ? 1 : 0;
        }
        double[] phi = shapley(players, game);
        double[] se = new double[players];
        int used = 0;
        if (undefined == 0 && n > 1) {
            MomentSummary[] spread = new MomentSummary[players];
            Arrays.fill(spread, MomentSummary.EMPTY);
            SplittableRandom rng = new SplittableRandom(seed);
            int[] pick = new int[n];
            for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
                for (int d = 0; d < n; d++) {
                    pick[d] = rng.nextInt(n);
                }
                double[] resampled = shapley(players, game(months, pick, size));
                if (Arrays.stream(resampled).allMatch(Double::isFinite)) {
                    used++;
                    for (int j = 0; j < players; j++) {
                        spread[j] = spread[j].add(resampled[j]);
                    }
                }
            }
            for (int j = 0; j < players; j++) {
                se[j] = used < 2 ? Double.NaN : Math.sqrt(spread[j].variance());
            }
        } else {
            Arrays.fill(se, Double.NaN);
        }
        return new Result(phi, se, game[0], game[size - 1], used, undefined, agreements);
    }

    /** v(S) for every coalition: the median over the picked draws of their values under S (NaN: none agreed). */
    private static double[] game(double[][] months, int[] draws, int size) {
        double[] v = new double[size];
        double[] column = new double[draws.length];
        for (int s = 0; s < size; s++) {
            for (int d = 0; d < draws.length; d++) {
                column[d] = months[draws[d]][s];
            }
            v[s] = ExactQuantiles.of(column).median();
        }
        return v;
    }

    /** Exact Shapley values of the game; NaN for all when some coalition's value is not finite. */
    private static double[] shapley(int players, double[] game) {
        for (double v : game) {
            if (!Double.isFinite(v)) {
                double[] nan = new double[players];
                Arrays.fill(nan, Double.NaN);
                return nan;
            }
        }
        return ShapleyAttribution.exact(players, c -> game[(int) c]).values();
    }
}
