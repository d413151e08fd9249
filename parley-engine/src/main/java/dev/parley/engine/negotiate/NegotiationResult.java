package dev.parley.engine.negotiate;

import java.util.List;

/**
 * How a negotiation ended.
 *
 * @param ending    agreement, deadline or walk-out
 * @param outcome   the agreed outcome, or -1
 * @param round     the round it ended in (the deadline when no round was left)
 * @param month     the conflict month it ended in
 * @param utilities every decider's utility of the agreement (empty without one)
 * @param walkedOut the party who walked out, or -1
 * @param turns     turns taken (one per party per round until the end)
 * @param offerEvaluations outcomes a party weighed: each standing offer answered and each candidate outcome
 *                  considered when choosing an offer (the unit of the speed goal of issue 5)
 * @param trace     the events in order (empty when the trace was off)
 */
public record NegotiationResult(Ending ending, int outcome, int round, int month, double[] utilities, int walkedOut,
                                long turns, long offerEvaluations,
                                List<NegotiationEvent> trace) {
    /** How the talks ended. */
    public enum Ending { AGREEMENT, DEADLINE, WALK_OUT }

    public NegotiationResult {
        utilities = utilities.clone();
        trace = List.copyOf(trace);
    }

    public boolean agreed() {
        return ending == Ending.AGREEMENT;
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }
}
