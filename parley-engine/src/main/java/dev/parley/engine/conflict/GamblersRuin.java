package dev.parley.engine.conflict;

/**
 * The battlefield as a random walk on front positions {@code j ∈ {0..N}} (Slantchev-style): each battle moves
 * j → j+1 with probability π (A wins the battle), else j → j−1; N is total victory for A, 0 for B. Closed forms
 * with {@code r = (1−π)/π}, {@code q = 1 − π}: {@code P_A(j) = (1 − r^j)/(1 − r^N)} and
 * {@code E[T_j] = j/(q−π) − (N/(q−π))·P_A(j)}; for π = 1/2, {@code j/N} and {@code j(N−j)}. War values with costs
 * per battle: {@code W_A(j) = P_A(j) − c_A·E[T_j]}, {@code W_B(j) = 1 − P_A(j) − c_B·E[T_j]}.
 * Source: reference/conflict-models.md §1.3(a).
 *
 * <p>Near π = 1/2 the closed form for E[T] cancels catastrophically; there the tridiagonal first-step equations
 * are solved directly (exact, O(N)).
 */
public final class GamblersRuin {
    /** Below this |ln r| the expected duration is solved from its linear equations instead of the closed form. */
    private static final double NEAR_FAIR = 1e-4;

    private final int position;
    private final int size;
    private final double battleWinA;

    /**
     * @param position   the current front position j, 0 ≤ j ≤ N
     * @param size       N ≥ 1, the number of steps between the two decisive outcomes
     * @param battleWinA π, the probability that A wins a battle, strictly between 0 and 1
     */
    public GamblersRuin(int position, int size, double battleWinA) {
        if (size < 1) {
            throw new IllegalArgumentException("size N = " + size + " must be >= 1");
        }
        if (position < 0 || position > size) {
            throw new IllegalArgumentException("position j = " + position + " must lie in [0, N=" + size + "]");
        }
        this.position = position;
        this.size = size;
        this.battleWinA = Require.openProbability("battleWinA", battleWinA);
    }

    /** P_A(j): the probability that A reaches N before B reaches 0. */
    public double probabilityAWins() {
        double logR = Math.log((1.0 - battleWinA) / battleWinA);
        if (logR == 0.0) {
            return (double) position / size;
        }
        // (1 − r^j)/(1 − r^N) = expm1(j ln r)/expm1(N ln r), accurate for r near 1.
        return Math.expm1(position * logR) / Math.expm1(size * logR);
    }

    /** E[T_j]: the expected number of battles until a decisive outcome. */
    public double expectedDuration() {
        double q = 1.0 - battleWinA;
        double logR = Math.log(q / battleWinA);
        if (logR == 0.0) {
            return (double) position * (size - position);
        }
        if (Math.abs(logR) < NEAR_FAIR) {
            return expectedDurationBySolving();
        }
        return (position - size * probabilityAWins()) / (q - battleWinA);
    }

    /** W_A(j) = P_A(j) − c_A·E[T_j], A's value of fighting on with cost c_A per battle. */
    public double warValueA(double costPerBattleA) {
        Require.nonNegative("costPerBattleA", costPerBattleA);
        return probabilityAWins() - costPerBattleA * expectedDuration();
    }

    /** W_B(j) = 1 − P_A(j) − c_B·E[T_j], B's value of fighting on with cost c_B per battle. */
    public double warValueB(double costPerBattleB) {
        Require.nonNegative("costPerBattleB", costPerBattleB);
        return 1.0 - probabilityAWins() - costPerBattleB * expectedDuration();
    }

    /** Thomas algorithm on E_k = 1 + π E_{k+1} + q E_{k−1}, E_0 = E_N = 0. */
    private double expectedDurationBySolving() {
        int n = size - 1;
        if (n == 0 || position == 0 || position == size) {
            return 0.0;
        }
        double q = 1.0 - battleWinA;
        double[] c = new double[n];
        double[] d = new double[n];
        // row k (interior k = 1..n): −q E_{k−1} + E_k − π E_{k+1} = 1
        double denom = 1.0;
        c[0] = -battleWinA / denom;
        d[0] = 1.0 / denom;
        for (int i = 1; i < n; i++) {
            denom = 1.0 + q * c[i - 1];
            c[i] = -battleWinA / denom;
            d[i] = (1.0 + q * d[i - 1]) / denom;
        }
        double e = d[n - 1];
        for (int i = n - 2; i >= position - 1; i--) {
            e = d[i] - c[i] * e;
        }
        return e;
    }
}
