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
 */
public record NegotiationSettings(int deadlineRounds, int roundsPerMonth, int startMonth, double tolerance,
                                  double nearTieWindow, boolean walkOut, boolean recordTrace) {
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
        if (!(tolerance >= 0) || !(nearTieWindow >= 0) || Double.isInfinite(nearTieWindow)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " and nearTieWindow = " + nearTieWindow
                    + " must be finite and >= 0");
        }
    }

    /** Monthly rounds from month 0, tolerance 1e-9, near-tie window 0.01, walk-out on, trace on. */
    public static NegotiationSettings withDeadline(int deadlineRounds) {
        return new NegotiationSettings(deadlineRounds, 1, 0, 1e-9, 0.01, true, true);
    }

    public NegotiationSettings withRoundsPerMonth(int rounds) {
        return new NegotiationSettings(deadlineRounds, rounds, startMonth, tolerance, nearTieWindow, walkOut, recordTrace);
    }

    public NegotiationSettings withStartMonth(int month) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, month, tolerance, nearTieWindow, walkOut, recordTrace);
    }

    public NegotiationSettings withNearTieWindow(double window) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, window, walkOut, recordTrace);
    }

    public NegotiationSettings withWalkOut(boolean on) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, nearTieWindow, on, recordTrace);
    }

    public NegotiationSettings withTrace(boolean on) {
        return new NegotiationSettings(deadlineRounds, roundsPerMonth, startMonth, tolerance, nearTieWindow, walkOut, on);
    }
}
