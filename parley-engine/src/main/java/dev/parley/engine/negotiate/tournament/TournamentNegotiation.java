package dev.parley.engine.negotiate.tournament;

import dev.parley.engine.negotiate.NegotiationResult.Ending;

/**
 * One negotiation of a tournament: who played whom where, and how it ended. Without agreement each side gets its
 * reservation value (the GENIUS convention), and the distances are those of that disagreement point.
 *
 * @param domain           index of the domain in the tournament
 * @param first            index of the strategy that moves first (party 0)
 * @param second           index of the strategy that answers (party 1)
 * @param side             0: {@code first} plays profile 1 and {@code second} profile 2; 1: the other way round
 * @param repetition       0-based repetition
 * @param seed             the negotiation's seed ({@link NegotiationSeeds})
 * @param ending           agreement, deadline or walk-out
 * @param rounds           rounds played: the round of agreement counted from 1, else the rounds completed
 * @param outcome          the agreed outcome's index in the domain's space, or -1
 * @param firstUtility     {@code first}'s utility of the result (its reservation value without agreement)
 * @param secondUtility    {@code second}'s utility of the result
 * @param paretoDistance   Euclidean distance of the result's utility point to the exact Pareto frontier
 * @param nashDistance     Euclidean distance to the Nash point (d = reservation values), NaN when there is none
 * @param offerEvaluations offers weighed by both parties (the protocol's work count)
 */
public record TournamentNegotiation(int domain, int first, int second, int side, int repetition, long seed,
                                    Ending ending, int rounds, int outcome, double firstUtility,
                                    double secondUtility, double paretoDistance, double nashDistance,
                                    long offerEvaluations) {

    public boolean agreed() {
        return ending == Ending.AGREEMENT;
    }

    /** u_first + u_second. */
    public double welfare() {
        return firstUtility + secondUtility;
    }

    /** The profile (0 = profile 1, 1 = profile 2) the given role plays: role 0 = first, 1 = second. */
    public int profileOf(int role) {
        return role == 0 ? side : 1 - side;
    }
}
