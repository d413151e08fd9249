package dev.parley.engine.negotiate;

/** One line of a negotiation trace (DESIGN.md §4.4). Utilities are every decider's, parties first. */
public sealed interface NegotiationEvent {
    int round();

    int month();

    /** A new month of the conflict model: the front and every decider's W_i(t). */
    record MonthStarted(int round, int month, double front, double[] noDealValues) implements NegotiationEvent {
        public MonthStarted {
            noDealValues = noDealValues.clone();
        }

        @Override
        public double[] noDealValues() {
            return noDealValues.clone();
        }

        @Override
        public String toString() {
            return "MonthStarted[round=" + round + ", month=" + month + ", front=" + front + ", W="
                    + java.util.Arrays.toString(noDealValues) + "]";
        }
    }

    /** A party proposed an outcome (every decider's utility of it). */
    record Offered(int round, int month, int party, int outcome, double target, double[] utilities)
            implements NegotiationEvent {
        public Offered {
            utilities = utilities.clone();
        }

        @Override
        public double[] utilities() {
            return utilities.clone();
        }

        @Override
        public String toString() {
            return "Offered[round=" + round + ", month=" + month + ", party=" + party + ", outcome=" + outcome
                    + ", target=" + target + ", utilities=" + java.util.Arrays.toString(utilities) + "]";
        }
    }

    /** A party accepted or rejected the standing offer. */
    record Responded(int round, int month, int party, int outcome, boolean accepted) implements NegotiationEvent {
    }

    /** A ratifier approved or vetoed an offer every party had accepted. */
    record Ratified(int round, int month, int ratifier, int outcome, double utility, double noDealValue,
                    boolean approved) implements NegotiationEvent {
    }

    /** A party left: its W_i(t) exceeds the best it can expect from the talks. */
    record WalkedOut(int round, int month, int party, double noDealValue, double bestExpected)
            implements NegotiationEvent {
    }

    /** A party took a rung of the escalation ladder; whether the counter-move followed. */
    record Escalated(int round, int month, int party, String rung, boolean countered, double driftShift)
            implements NegotiationEvent {
    }
}
