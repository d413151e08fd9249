package dev.parley.engine.negotiate.tournament;

import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.negotiate.NegotiationSettings;
import dev.parley.engine.negotiate.NegotiationStrategy;
import dev.parley.engine.negotiate.StackedAlternatingOffers;
import dev.parley.engine.negotiate.TabulatedNoDealValues;
import dev.parley.engine.parallel.WorkerThreads;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * A round-robin tournament of negotiation strategies over bilateral domains (issue 5, "Tournaments"), in the manner
 * of the ANAC/GENIUS tournaments: every <em>ordered</em> pairing (A, B) of the strategies — A moves first, self-play
 * included — on every domain, with role rotation (A plays profile 1 against B on profile 2, then profile 2 against B
 * on profile 1), each repeated R times. With S strategies, D domains and R repetitions that is D·S²·2·R negotiations,
 * run by {@link StackedAlternatingOffers} (two parties, fixed reservation values as W, walk-out on, frequency-model
 * offer choice, trace off) with {@link TournamentSettings#deadlineRounds()} rounds.
 *
 * <p><b>Deterministic for any thread count.</b> Negotiation i has a fixed place in the result list (domain, first
 * strategy, second strategy, side, repetition, in that nesting order) and its own seed from {@link NegotiationSeeds};
 * each strategy instance gets its own {@code L64X128MixRandom} stream split from that seed. Workers take negotiations
 * from a shared counter and store each result at its index; the aggregates are then summed in index order, so the
 * results are identical whether one thread or many ran them.
 */
public final class RoundRobinTournament {

    private static final RandomGeneratorFactory<RandomGenerator> LXM = RandomGeneratorFactory.of("L64X128MixRandom");

    private final TournamentSettings settings;

    public RoundRobinTournament(TournamentSettings settings) {
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
    }

    /** The number of negotiations a tournament of these sizes runs: D·S²·2·R. */
    public long negotiationCount(int domains, int strategies) {
        return (long) domains * strategies * strategies * 2L * settings.repetitions();
    }

    public TournamentResult run(List<TournamentDomain> domains, List<TournamentStrategy> strategies) {
        return run(domains, strategies, () -> { });
    }

    /**
     * @param domains    the bilateral domains, at least one
     * @param strategies the strategies, at least one, names distinct
     * @param onDone     called (from a worker thread) after each negotiation, e.g. to advance a progress line
     * @return every negotiation in index order and the aggregates
     */
    public TournamentResult run(List<TournamentDomain> domains, List<TournamentStrategy> strategies, Runnable onDone) {
        if (domains.isEmpty() || strategies.isEmpty()) {
            throw new IllegalArgumentException("a tournament needs at least one domain and one strategy, got "
                    + domains.size() + " domain(s) and " + strategies.size() + " strateg"
                    + (strategies.size() == 1 ? "y" : "ies"));
        }
        long total = negotiationCount(domains.size(), strategies.size());
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(total + " negotiations are more than one run can hold ("
                    + (Integer.MAX_VALUE - 8) + "); use fewer repetitions, strategies or domains");
        }
        int n = (int) total;
        NegotiationSettings negotiation = NegotiationSettings.withDeadline(settings.deadlineRounds()).withTrace(false);
        StackedAlternatingOffers[][] protocols = new StackedAlternatingOffers[domains.size()][2];
        TabulatedNoDealValues[][] noDeal = new TabulatedNoDealValues[domains.size()][2];
        for (int d = 0; d < domains.size(); d++) {
            TournamentDomain dom = domains.get(d);
            for (int side = 0; side < 2; side++) {
                protocols[d][side] = new StackedAlternatingOffers(dom.oriented(side), negotiation);
                noDeal[d][side] = TabulatedNoDealValues.fixed(dom.reservation(side), dom.reservation(1 - side));
            }
        }
        int s = strategies.size();
        int r = settings.repetitions();
        TournamentNegotiation[] out = new TournamentNegotiation[n];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean interrupted = new AtomicBoolean();
        WorkerThreads.run(Math.min(settings.threads(), n), "parley-tournament", interrupted, stopped -> {
            int i;
            while (!stopped.getAsBoolean() && (i = next.getAndIncrement()) < n) {
                int rep = i % r;
                int side = (i / r) % 2;
                int second = (i / (2 * r)) % s;
                int first = (i / (2 * r * s)) % s;
                int d = i / (2 * r * s * s);
                out[i] = play(domains.get(d), d, protocols[d][side], noDeal[d][side], strategies, first, second,
                        side, rep);
                onDone.run();
            }
        });
        if (interrupted.get()) {
            throw new IllegalStateException("the tournament was interrupted");
        }
        return TournamentResult.of(domains, strategies, settings, List.of(out));
    }

    private TournamentNegotiation play(TournamentDomain domain, int d, StackedAlternatingOffers protocol,
                                       TabulatedNoDealValues noDeal, List<TournamentStrategy> strategies, int first,
                                       int second, int side, int rep) {
        TournamentStrategy a = strategies.get(first);
        TournamentStrategy b = strategies.get(second);
        long seed = NegotiationSeeds.of(settings.seed(), domain.name(), a.name(), b.name(), side, rep);
        RandomGenerator.SplittableGenerator rng = (RandomGenerator.SplittableGenerator) LXM.create(seed);
        List<NegotiationStrategy> agents = List.of(a.create(rng.split()), b.create(rng.split()));
        NegotiationResult result = protocol.run(agents, noDeal);
        double uFirst;
        double uSecond;
        int rounds;
        if (result.agreed()) {
            double[] u = result.utilities();
            uFirst = u[0];
            uSecond = u[1];
            rounds = result.round() + 1;
        } else {
            uFirst = domain.reservation(side);
            uSecond = domain.reservation(1 - side);
            rounds = result.round();
        }
        double u1 = side == 0 ? uFirst : uSecond; // profile order
        double u2 = side == 0 ? uSecond : uFirst;
        return new TournamentNegotiation(d, first, second, side, rep, seed, result.ending(), rounds,
                result.outcome(), uFirst, uSecond, domain.paretoDistance(u1, u2), domain.nashDistance(u1, u2),
                result.offerEvaluations());
    }
}
