package dev.parley.engine.pipeline;

/**
 * The analyst's thresholds of the stalemate test (DESIGN.md §4.3 (1)); the pain thresholds κ_i come from the
 * scenario ({@code costs.<id>.hurting_threshold}). No published values exist for these (reference/conflict-models.md
 * §1.5 is an operationalisation, not an estimate); the defaults are judgements, stated in
 * docs/conflict-and-durability.md and changeable on the command line.
 *
 * @param windowMonths        H ≥ 1, the look-ahead window
 * @param stalemateDrift      ε_s: |E_i[f(t+H) − f(t)]| must stay below it
 * @param decisiveProbability τ: P_i(decisive outcome within H) must stay below it
 */
public record RipenessSettings(int windowMonths, double stalemateDrift, double decisiveProbability) {

    /**
     * H = 6 months (half a campaigning year), ε_s = 0.05 (five percentage points of the contested area within the
     * window), τ = 0.05 (a one-in-twenty chance of a decision): judgements, no published values.
     */
    public static final RipenessSettings DEFAULTS = new RipenessSettings(6, 0.05, 0.05);

    public RipenessSettings {
        if (windowMonths < 1) {
            throw new IllegalArgumentException("window = " + windowMonths + " months must be >= 1 (e.g. 6)");
        }
        if (!(stalemateDrift >= 0.0) || Double.isInfinite(stalemateDrift)) {
            throw new IllegalArgumentException("stalemate drift threshold = " + stalemateDrift
                    + " must be a finite number >= 0 (e.g. 0.05)");
        }
        if (!(decisiveProbability >= 0.0 && decisiveProbability <= 1.0)) {
            throw new IllegalArgumentException("decisive-probability threshold = " + decisiveProbability
                    + " must lie in [0, 1] (e.g. 0.05)");
        }
    }
}
