package dev.parley.engine.negotiate.tournament;

import dev.parley.engine.negotiate.NegotiationStrategy;
import dev.parley.engine.pipeline.NegotiationStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A named strategy entered in a tournament: a factory that makes a fresh instance (strategies keep state) for each
 * negotiation, given that negotiation's own random generator. The names and parameters are those of the pipeline's
 * negotiation stage ({@link NegotiationStage#strategy}: every strategy floored at its value of no deal — here the
 * reservation value — by {@code BatnaAware}), so a tournament and {@code parley simulate} play the same agents.
 *
 * <p>None of the named strategies uses randomness (the protocol does not either), so their repetitions are identical;
 * the generator is there for strategies that do.
 *
 * @param name    the name in the results
 * @param factory a new instance for one negotiation, from that negotiation's generator
 */
public record TournamentStrategy(String name, Function<RandomGenerator, NegotiationStrategy> factory) {

    /**
     * The default line-up: the six strategies issue 5 names (time-dependent Boulware, linear and Conceder,
     * relative tit-for-tat, aspiration adaptation, hardliner).
     */
    public static final List<String> DEFAULT_NAMES = List.of("boulware", "linear", "conceder", "tit-for-tat",
            "aspiration", "hardliner");

    /** Names a tournament accepts: the negotiation stage's ({@link NegotiationStage#STRATEGY_NAMES}). */
    public static final List<String> NAMES = List.copyOf(NegotiationStage.STRATEGY_NAMES);

    public TournamentStrategy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
    }

    /**
     * @param name one of {@link #NAMES}
     * @return the strategy of that name
     * @throws IllegalArgumentException for another name, listing the valid ones
     */
    public static TournamentStrategy named(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a strategy; use one of " + String.join(", ", NAMES));
        }
        return new TournamentStrategy(name, rng -> NegotiationStage.strategy("tournament", name));
    }

    /** The strategies of these names, in order; duplicates refused. */
    public static List<TournamentStrategy> named(List<String> names) {
        List<TournamentStrategy> out = new ArrayList<>();
        for (String n : names) {
            if (out.stream().anyMatch(s -> s.name().equals(n))) {
                throw new IllegalArgumentException("strategy '" + n + "' is listed twice; list each once");
            }
            out.add(named(n));
        }
        return out;
    }

    /** A new instance for one negotiation. */
    public NegotiationStrategy create(RandomGenerator rng) {
        return factory.apply(rng);
    }
}
