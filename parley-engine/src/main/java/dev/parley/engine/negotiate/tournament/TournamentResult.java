package dev.parley.engine.negotiate.tournament;

import java.util.Arrays;
import java.util.List;

/**
 * What a tournament produced: every negotiation in index order, and the aggregates per ordered pairing (seen from
 * the first strategy: "own" = first, "opponent" = second) and per strategy (seen from that strategy, over every
 * negotiation it took part in, both roles; a self-play negotiation counts once for each of its two agents, as each
 * agent's score does in an ANAC tournament).
 *
 * @param domains      the domains, in index order
 * @param strategies   the strategies, in index order
 * @param settings     how the tournament was run
 * @param negotiations every negotiation, in index order
 */
public record TournamentResult(List<TournamentDomain> domains, List<TournamentStrategy> strategies,
                               TournamentSettings settings, List<TournamentNegotiation> negotiations,
                               TournamentSummary[][] pairings, TournamentSummary[] byStrategy) {

    public TournamentResult {
        domains = List.copyOf(domains);
        strategies = List.copyOf(strategies);
        negotiations = List.copyOf(negotiations);
    }

    static TournamentResult of(List<TournamentDomain> domains, List<TournamentStrategy> strategies,
                               TournamentSettings settings, List<TournamentNegotiation> negotiations) {
        int s = strategies.size();
        TournamentSummary[][] pairings = new TournamentSummary[s][s];
        TournamentSummary[] byStrategy = new TournamentSummary[s];
        for (TournamentSummary[] row : pairings) {
            Arrays.fill(row, TournamentSummary.EMPTY);
        }
        Arrays.fill(byStrategy, TournamentSummary.EMPTY);
        for (TournamentNegotiation n : negotiations) { // index order: the sums do not depend on the thread count
            pairings[n.first()][n.second()] = pairings[n.first()][n.second()].add(n, 0);
            byStrategy[n.first()] = byStrategy[n.first()].add(n, 0);
            byStrategy[n.second()] = byStrategy[n.second()].add(n, 1);
        }
        return new TournamentResult(domains, strategies, settings, negotiations, pairings, byStrategy);
    }

    /** The aggregate of first strategy {@code first} against second strategy {@code second}. */
    public TournamentSummary pairing(int first, int second) {
        return pairings[first][second];
    }

    /** The aggregate of one strategy over all its negotiations. */
    public TournamentSummary strategy(int s) {
        return byStrategy[s];
    }

    @Override
    public TournamentSummary[][] pairings() {
        TournamentSummary[][] c = new TournamentSummary[pairings.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = pairings[i].clone();
        }
        return c;
    }

    @Override
    public TournamentSummary[] byStrategy() {
        return byStrategy.clone();
    }

    /** Offers weighed in all negotiations together (the protocol's work count). */
    public long offerEvaluations() {
        long t = 0;
        for (TournamentNegotiation n : negotiations) {
            t += n.offerEvaluations();
        }
        return t;
    }
}
