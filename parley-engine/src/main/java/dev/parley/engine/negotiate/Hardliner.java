package dev.parley.engine.negotiate;

/**
 * Never concedes: asks for its own best outcome every round and accepts nothing less (the "Hardliner" of
 * GeniusWeb's basic agents and NegMAS's hardheaded aspiration, the limit e → 0 of {@link TimeDependentConcession}).
 */
public final class Hardliner implements NegotiationStrategy {
    @Override
    public double target(NegotiationState state) {
        return state.maxUtility();
    }
}
