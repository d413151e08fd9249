package dev.parley.engine.negotiate;

/**
 * Settings of a negotiation run.
 *
 * @param deadlineRounds rounds (each party's turn once per round) before the talks end without a deal
 * @param roundsPerMonth rounds per month of the conflict model: 1 (default, DESIGN.md §4.4: "rounds advance a clock,
 *                       default one month") or e.g. 4 for weekly rounds
 * @param startMonth     the conflict month of round 0
 * @param tolerance      utility comparison tolerance (1e-9, the bargaining analysis's default, DESIGN.md §4.2)
 * @param nearTieWindow  offers within this much own utility above the target count as near-ties, among which the
 *                       frequency opponent model picks the one best for the others (0.01 = 1% of the utility scale:
 *                       a design default, small against typical concession steps)
 * @param walkOut        whether a party leaves when its W_i(t) exceeds the best it can expect from the talks
 * @param recordTrace    whether to keep the trace (off for benchmarks)
 * @param offerChoice    how a party picks its offer at its target
 */
public record NegotiationSettings(int deadlineRounds, int roundsPerMonth, int startMonth, double tolerance,
                                  double nearTieWindow, boolean walkOut, boolean recordTrace,
                                  OfferChoice offerChoice) {

    /** How a party turns its target utility into an outcome. */
    public enum OfferChoice {
        /**
         * Among the near-ties at the target, the outcome the others like best under a {@link FrequencyOpponentModel}
         * (DESIGN.md §4.4). The default.
         */
        FREQUENCY_MODEL,
        /**
         * The trade-off of Faratin, Sierra &amp; Jennings (2002), "Using similarity criteria to make issue trade-offs
         * in automated negotiations", Artificial Intelligence 142:205–237 — keep one's own utility, give the others
         * as much as possible — with the others' utilities known (complete information, as in the bargaining
         * analysis) instead of estimated: among all outcomes of own utility at least the target, the one with the
         * largest sum of the others' utilities, ties to the higher own utility. Every such offer is Pareto-optimal:
         * an outcome dominating it would reach the target too and give the others at least as much, so it would
         * tie on their sum and win on own utility. The near-tie window is not used.
         */
        KNOWN_UTILITIES
    }

    public NegotiationSettings {
        if (deadlineRounds < 1) {
            throw new IllegalArgumentException("deadlineRounds = " + deadlineRounds + " must be at least 1");
        }
        if (roundsPerMonth < 1) {
            throw new IllegalArgumentException("roundsPerMonth = " + roundsPerMonth
                    + " must be at least 1 (1 = monthly rounds, 4 = weekly)");
        }
        if (startMonth < 0) {
            throw new IllegalArgumentException("startMonth = " + startMonth + " must be >= 0");
        }
        java.util.Objects.requireNonNull(offerChoice, "offerChoice");
        if (!(tolerance >= 0) || !(nearTieWindow >= 0) || Double.isInfinite(nearTieWindow)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " and nearTieWindow = " + nearTieWindow
                    + " must be finite and >= 0");
        }
    }

    /** Monthly rounds from month 0, tolerance 1e-9, near-tie window 0.01, walk-out on, trace on. */
    public static NegotiationSettings withDeadline(int deadlineRounds) {
        return new NegotiationSettings(deadlineRounds, 1, 0, 1e-9, 0.01, true, true, OfferChoice.FREQUENCY_MODEL);
    }

    public NegotiationSettings withRoundsPerMonth(int rounds) {
        return new NegotiationSettings(deadlineRounds, rounds, startMonth, tolerance, nearTieWindow, walkOut, recordTrace, offerChoice);
    }

    public NegotiationSettings withStartMonth(int month) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, month, tolerance, nearTieWindow, walkOut, recordTrace, offerChoice);
    }

    public NegotiationSettings withNearTieWindow(double window) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, window, walkOut, recordTrace, offerChoice);
    }

    public NegotiationSettings withWalkOut(boolean on) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, nearTieWindow, on, recordTrace, offerChoice);
    }

    public NegotiationSettings withOfferChoice(OfferChoice choice) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, nearTieWindow, walkOut,
                recordTrace, choice);
    }

    public NegotiationSettings withTrace(boolean on) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, nearTieWindow, walkOut, on, offerChoice);
    }
}
