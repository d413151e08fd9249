package dev.parley.engine.negotiate;

import java.util.Arrays;

/**
 * What one party knows when it is its turn: the clock, its own value of no deal W_i(t) this month, the range of
 * its own utility over the domain, and its own utility of every offer the others have made so far. The protocol
 * owns one instance per party and updates it in place (no allocation per turn); strategies read it.
 */
public final class NegotiationState {
    private final int party;
    private final int deadlineRounds;
    private final double maxUtility;
    private final double minUtility;
    private final double tolerance;
    private int round;
    private int month;
    private double noDealValue;
    private double[] received = new double[16];
    private int receivedCount;
    private double bestReceived = Double.NEGATIVE_INFINITY;

    /**
     * @param party          this party's index
     * @param deadlineRounds rounds before the talks end without a deal, at least 1
     * @param minUtility     the smallest own utility over the domain
     * @param maxUtility     the largest own utility over the domain
     * @param tolerance      the utility comparison tolerance
     */
    public NegotiationState(int party, int deadlineRounds, double minUtility, double maxUtility, double tolerance) {
        if (deadlineRounds < 1) {
            throw new IllegalArgumentException("deadlineRounds = " + deadlineRounds + " must be at least 1");
        }
        this.party = party;
        this.deadlineRounds = deadlineRounds;
        this.minUtility = minUtility;
        this.maxUtility = maxUtility;
        this.tolerance = tolerance;
    }

    public int party() {
        return party;
    }

    /** The current round, 0-based. */
    public int round() {
        return round;
    }

    public int deadlineRounds() {
        return deadlineRounds;
    }

    /**
     * Normalised time {@code t = round / (deadlineRounds − 1)} in [0, 1] (1 when there is a single round): the last
     * round the talks allow is t = 1, where a time-dependent agent reaches its minimum (Faratin et al. 1998 reach
     * the reservation value at t_max).
     */
    public double time() {
        return deadlineRounds == 1 ? 1.0 : Math.min(1.0, (double) round / (deadlineRounds - 1));
    }

    /** The month of the conflict model the talks are in. */
    public int month() {
        return month;
    }

    /** W_i(t): this party's value of no deal this month. */
    public double noDealValue() {
        return noDealValue;
    }

    /** The largest own utility over the domain. */
    public double maxUtility() {
        return maxUtility;
    }

    /** The smallest own utility over the domain. */
    public double minUtility() {
        return minUtility;
    }

    /** Tolerance for utility comparisons (acceptance at exactly the target counts as reaching it). */
    public double tolerance() {
        return tolerance;
    }

    /** How many offers the other parties have made so far. */
    public int receivedCount() {
        return receivedCount;
    }

    /** Own utility of the k-th most recent offer by another party (k = 0: the latest). */
    public double receivedUtility(int k) {
        if (k < 0 || k >= receivedCount) {
            throw new IllegalArgumentException("offer " + k + " back does not exist; " + receivedCount
                    + " offers received so far");
        }
        return received[receivedCount - 1 - k];
    }

    /** The best own utility among the offers received so far, or −∞ before the first. */
    public double bestReceivedUtility() {
        return bestReceived;
    }

    void setClock(int round, int month, double noDealValue) {
        this.round = round;
        this.month = month;
        this.noDealValue = noDealValue;
    }

    void receive(double ownUtility) {
        if (receivedCount == received.length) {
            received = Arrays.copyOf(received, received.length * 2);
        }
        received[receivedCount++] = ownUtility;
        if (ownUtility > bestReceived) {
            bestReceived = ownUtility;
        }
    }
}
