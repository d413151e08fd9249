package dev.parley.engine.negotiate.tournament;

/**
 * How a tournament is run.
 *
 * @param repetitions    negotiations per (domain, ordered pairing, side), each with its own seed; at least 1
 * @param deadlineRounds rounds before a negotiation ends without agreement; at least 1
 * @param seed           the master seed every negotiation's seed is derived from ({@link NegotiationSeeds})
 * @param threads        worker threads; the results do not depend on it
 */
public record TournamentSettings(int repetitions, int deadlineRounds, long seed, int threads) {

    /**
     * Default deadline: 180 rounds, the length issue 5's performance goal names; ANAC's early competitions likewise
     * gave each negotiation 180 (seconds), Baarslag et al. (2012), "The first automated negotiating agents
     * competition (ANAC 2010)", in New Trends in Agent-Based Complex Automated Negotiations, Springer, 113–135.
     */
    public static final int DEFAULT_DEADLINE_ROUNDS = 180;

    /** Default repetitions: 10, as in issue 5's performance goal. */
    public static final int DEFAULT_REPETITIONS = 10;

    /** Default master seed (any fixed value; stated so that runs are reproducible). */
    public static final long DEFAULT_SEED = 20_261_125L;

    public TournamentSettings {
        if (repetitions < 1) {
            throw new IllegalArgumentException("repetitions = " + repetitions + " must be at least 1 (e.g. "
                    + DEFAULT_REPETITIONS + ")");
        }
        if (deadlineRounds < 1) {
            throw new IllegalArgumentException("deadline = " + deadlineRounds + " rounds must be at least 1 (e.g. "
                    + DEFAULT_DEADLINE_ROUNDS + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + " must be at least 1 (e.g. the number of"
                    + " processors, " + Runtime.getRuntime().availableProcessors() + ")");
        }
    }

    /** Defaults: 10 repetitions, 180 rounds, the default seed, one thread per processor. */
    public static TournamentSettings defaults() {
        return new TournamentSettings(DEFAULT_REPETITIONS, DEFAULT_DEADLINE_ROUNDS, DEFAULT_SEED,
                Runtime.getRuntime().availableProcessors());
    }
}
