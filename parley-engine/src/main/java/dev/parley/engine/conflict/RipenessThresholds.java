package dev.parley.engine.conflict;

/**
 * Thresholds of the operational ripeness test (DESIGN.md §4.3; reference/conflict-models.md §1.5). No published
 * values exist for these — they are the analyst's choices and must come from the scenario.
 *
 * @param stalemateDrift       ε_s: a stalemate needs |E[f(t+H) − f(t)]| &lt; ε_s
 * @param decisiveProbability  τ: a stalemate needs P(decisive outcome within H) &lt; τ
 * @param windowMonths         H ≥ 1, the look-ahead window in months
 * @param painThresholds       κ_i per party: hurting needs c_i(t) ≥ κ_i for every party
 */
public record RipenessThresholds(double stalemateDrift, double decisiveProbability, int windowMonths,
                                 double[] painThresholds) {

    public RipenessThresholds {
        Require.nonNegative("stalemateDrift", stalemateDrift);
        Require.probability("decisiveProbability", decisiveProbability);
        if (windowMonths < 1) {
            throw new IllegalArgumentException("windowMonths = " + windowMonths + " must be >= 1");
        }
        if (painThresholds == null || painThresholds.length == 0) {
            throw new IllegalArgumentException("painThresholds needs one value per party");
        }
        for (int i = 0; i < painThresholds.length; i++) {
            Require.finite("painThresholds[" + i + "]", painThresholds[i]);
        }
        painThresholds = painThresholds.clone();
    }

    /** κ_i. */
    public double painThreshold(int party) {
        return painThresholds[party];
    }

    /** Number of parties. */
    public int parties() {
        return painThresholds.length;
    }
}
