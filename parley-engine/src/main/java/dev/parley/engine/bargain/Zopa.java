package dev.parley.engine.bargain;

import java.util.Optional;

/**
 * A zone of possible agreement.
 *
 * @param noDealValues W_i(t) per party (and ratifier) the ZOPA was computed against
 * @param empty        whether no outcome is acceptable to every party
 * @param size         the number of outcomes in the ZOPA
 * @param frontier     the Pareto frontier of the ZOPA (the frontier points of the red-line-free space with
 *                     u_i >= W_i for all i)
 * @param opening      when empty, the smallest change that would open it
 */
public record Zopa(double[] noDealValues, boolean empty, ZopaSize size, ParetoSet frontier,
                   Optional<ZopaOpening> opening) {
    public Zopa {
        noDealValues = noDealValues.clone();
    }

    @Override
    public double[] noDealValues() {
        return noDealValues.clone();
    }
}
