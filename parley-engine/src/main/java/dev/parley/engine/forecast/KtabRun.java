package dev.parley.engine.forecast;

import java.util.List;

/**
 * The trace of a {@link KtabSpatialModel} run: every state (turn 0 = the input) and every step between states,
 * in the quantities KTAB's {@code smpc} logs.
 *
 * @param states            the states, turn 0 first
 * @param steps             the steps; {@code steps.get(t)} leads from state t to state t+1
 * @param fractionalChanges per step, KTAB's "Fractional change compared to first step" (the stopping statistic)
 */
public record KtabRun(List<State> states, List<Step> steps, List<Double> fractionalChanges) {

    /**
     * One state.
     *
     * @param positions            positions[i][d] on the problem's scale
     * @param ideals               ideals[i][d] on the problem's scale (equal to positions under identity
     *                             accommodation)
     * @param riskAttitudes        R_i inferred in this state (KTAB's "Inferred risk attitudes")
     * @param winningProbabilities probability that actor i's position wins (KTAB's "History of actors' winning
     *                             probabilities": the PCE over distinct positions, mapped back to actors, so
     *                             actors sharing a position share its probability and the list can sum above 1)
     */
    public record State(double[][] positions, double[][] ideals, double[] riskAttitudes,
                        double[] winningProbabilities) {
    }

    /**
     * One step.
     *
     * @param targets       targets[i] = the actor i challenges, or −1 when it has no advantageous target
     * @param probabilities i's estimate of the probability that it beats its target (0 when none)
     * @param gains         i's expected gain from the challenge (0 when none)
     * @param chosen        chosen[k] = index of the bargain actor k adopted within its queue (0 = status quo)
     */
    public record Step(int[] targets, double[] probabilities, double[] gains, int[] chosen) {
    }

    /** @return the number of states (KTAB: "There were N states") */
    public int stateCount() {
        return states.size();
    }

    /** @return the last state */
    public State finalState() {
        return states.get(states.size() - 1);
    }
}
