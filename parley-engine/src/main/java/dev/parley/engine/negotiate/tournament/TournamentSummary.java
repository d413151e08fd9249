package dev.parley.engine.negotiate.tournament;

import dev.parley.engine.montecarlo.MomentSummary;
import dev.parley.engine.montecarlo.ProportionSummary;

/**
 * Aggregates over a set of negotiations seen from one side ("own"): the share that agreed, the mean own and
 * opponent utilities, welfare, distances to the Pareto frontier and to the Nash point, and the rounds to agreement.
 * Built from mergeable summaries (counts; Welford/Chan moments), so summaries of shards merge into the summary of the
 * whole. Rounds are summarised over agreements only (no-deal rows count as missing); a domain without a Nash point
 * likewise counts as missing in {@code nashDistance}.
 */
public record TournamentSummary(ProportionSummary agreements, MomentSummary ownUtility, MomentSummary opponentUtility,
                                MomentSummary welfare, MomentSummary paretoDistance, MomentSummary nashDistance,
                                MomentSummary agreementRounds) {

    public static final TournamentSummary EMPTY = new TournamentSummary(new ProportionSummary(0, 0),
            MomentSummary.EMPTY, MomentSummary.EMPTY, MomentSummary.EMPTY, MomentSummary.EMPTY, MomentSummary.EMPTY,
            MomentSummary.EMPTY);

    /** This summary with one negotiation added, seen from {@code role} (0 = its first strategy, 1 = its second). */
    public TournamentSummary add(TournamentNegotiation n, int role) {
        double own = role == 0 ? n.firstUtility() : n.secondUtility();
        double opponent = role == 0 ? n.secondUtility() : n.firstUtility();
        return new TournamentSummary(agreements.merge(new ProportionSummary(n.agreed() ? 1 : 0, 1)),
                ownUtility.add(own), opponentUtility.add(opponent), welfare.add(n.welfare()),
                paretoDistance.add(n.paretoDistance()), nashDistance.add(n.nashDistance()),
                agreementRounds.add(n.agreed() ? n.rounds() : Double.NaN));
    }

    public TournamentSummary merge(TournamentSummary o) {
        return new TournamentSummary(agreements.merge(o.agreements), ownUtility.merge(o.ownUtility),
                opponentUtility.merge(o.opponentUtility), welfare.merge(o.welfare),
                paretoDistance.merge(o.paretoDistance), nashDistance.merge(o.nashDistance),
                agreementRounds.merge(o.agreementRounds));
    }

    /** Negotiations summarised. */
    public long count() {
        return agreements.trials();
    }

    /** Share of negotiations that agreed, NaN when empty. */
    public double agreementRate() {
        return agreements.estimate();
    }

    /** Mean rounds to agreement, NaN without agreements. */
    public double meanAgreementRounds() {
        return agreementRounds.n() == 0 ? Double.NaN : agreementRounds.mean();
    }

    /** Mean distance to the Nash point, NaN when no negotiation had one. */
    public double meanNashDistance() {
        return nashDistance.n() == 0 ? Double.NaN : nashDistance.mean();
    }
}
