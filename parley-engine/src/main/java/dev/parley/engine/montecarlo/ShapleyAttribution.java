package dev.parley.engine.montecarlo;

import java.util.random.RandomGenerator;

/**
 * Shapley values of a cooperative game over k players (here: the scenario's factors; Shapley 1953), the value of a
 * coalition being a headline figure with exactly those factors on. Exact for k ≤ {@link #EXACT_LIMIT}: every one of
 * the 2^k coalitions is valued once and φ_i = Σ_{S ∌ i} |S|!(k−|S|−1)!/k! · (v(S ∪ {i}) − v(S)), in O(k·2^k).
 * Above, φ_i is the mean marginal contribution of i over random permutations (Castro, Gómez and Tejada, Computers
 * and Operations Research 36, 2009), with its standard error (sample standard deviation / √permutations).
 *
 * <p>Common random numbers are the game's business: {@code ScenarioFactorGame} values every coalition on the same
 * draw streams, so that differences between coalitions are not drowned in sampling noise.
 */
public final class ShapleyAttribution {

    /** Largest k valued exactly (4,096 coalitions), as DESIGN.md §4.7 says. */
    public static final int EXACT_LIMIT = 12;

    /** A game: the value of the coalition whose members are the set bits of {@code coalition}. */
    @FunctionalInterface
    public interface Game {
        double value(long coalition);
    }

    /**
     * @param values         φ_i per player
     * @param standardErrors per player; 0 when exact
     * @param exact          true when all coalitions were valued
     * @param permutations   permutations sampled (0 when exact)
     */
    public record Result(double[] values, double[] standardErrors, boolean exact, int permutations) {
    }

    private ShapleyAttribution() {
    }

    /** Exact up to {@link #EXACT_LIMIT} players, else {@code permutations} sampled permutations drawn from rng. */
    public static Result of(int players, Game game, int permutations, RandomGenerator rng) {
        return players <= EXACT_LIMIT ? exact(players, game) : sampled(players, game, permutations, rng);
    }

    public static Result exact(int k, Game game) {
        if (k < 0 || k > 30) {
            throw new IllegalArgumentException(k + " players: exact Shapley values enumerate 2^k coalitions; use"
                    + " sampled permutations above " + EXACT_LIMIT);
        }
        int size = 1 << k;
        double[] v = new double[size];
        for (int s = 0; s < size; s++) {
            v[s] = game.value(s);
        }
        // weight(|S|) = |S|! (k − |S| − 1)! / k!, built without factorials: w(0) = 1/k, w(s+1) = w(s)(s+1)/(k−s−1)
        double[] weight = new double[Math.max(k, 1)];
        if (k > 0) {
            weight[0] = 1.0 / k;
            for (int s = 0; s + 1 < k; s++) {
                weight[s + 1] = weight[s] * (s + 1) / (k - s - 1);
            }
        }
        double[] phi = new double[k];
        for (int s = 0; s < size; s++) {
            int members = Integer.bitCount(s);
            for (int i = 0; i < k; i++) {
                if ((s & (1 << i)) == 0) {
                    phi[i] += weight[members] * (v[s | (1 << i)] - v[s]);
                }
            }
        }
        return new Result(phi, new double[k], true, 0);
    }

    public static Result sampled(int k, Game game, int permutations, RandomGenerator rng) {
        if (k > 63) {
            throw new IllegalArgumentException(k + " players exceed the 63 a coalition mask can hold");
        }
        if (permutations < 2) {
            throw new IllegalArgumentException(permutations + " permutations; use at least 2 to state an error");
        }
        double[] mean = new double[k];
        double[] m2 = new double[k];
        int[] order = new int[k];
        for (int p = 1; p <= permutations; p++) {
            randomOrder(order, rng);
            long coalition = 0;
            double before = game.value(0);
            for (int i : order) {
                coalition |= 1L << i;
                double after = game.value(coalition);
                double x = after - before;
                double delta = x - mean[i];
                mean[i] += delta / p;
                m2[i] += delta * (x - mean[i]);
                before = after;
            }
        }
        double[] se = new double[k];
        for (int i = 0; i < k; i++) {
            se[i] = Math.sqrt(m2[i] / (permutations - 1) / permutations);
        }
        return new Result(mean, se, false, permutations);
    }

    /** Fills {@code order} with a uniformly random permutation of 0..length−1 (Fisher–Yates). */
    static void randomOrder(int[] order, RandomGenerator rng) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
