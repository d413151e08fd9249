/**
 * Round-robin tournaments of negotiation strategies over bilateral domains (issue 5, "Tournaments"):
 * {@link dev.parley.engine.negotiate.tournament.RoundRobinTournament} plays every ordered pairing of
 * {@link dev.parley.engine.negotiate.tournament.TournamentStrategy}s on every
 * {@link dev.parley.engine.negotiate.tournament.TournamentDomain} (built by
 * {@link dev.parley.engine.negotiate.tournament.TournamentDomains} from a GENIUS domain or a scenario), both sides,
 * R repetitions each with its own seed ({@link dev.parley.engine.negotiate.tournament.NegotiationSeeds}), on a fixed
 * number of threads with results independent of it; each
 * {@link dev.parley.engine.negotiate.tournament.TournamentNegotiation} is measured against the exact Pareto frontier
 * and the Nash point (d = reservation values, the GENIUS convention), and aggregated per pairing and per strategy in
 * mergeable {@link dev.parley.engine.negotiate.tournament.TournamentSummary}s.
 *
 * <pre>{@code
 * TournamentResult r = new RoundRobinTournament(new TournamentSettings(10, 180, seed, 2))
 *         .run(domains, TournamentStrategy.named(TournamentStrategy.DEFAULT_NAMES));
 * }</pre>
 */
package dev.parley.engine.negotiate.tournament;
