package dev.parley.engine.negotiate;

import dev.parley.engine.conflict.FightingValueTable;
import dev.parley.engine.conflict.FrontRandomWalk;
import java.util.random.RandomGenerator;

/**
 * W_i(t) along one sampled path of the front (DESIGN.md §4.3–4.4): the front steps month by month under the
 * scenario's walk with an explicit generator, and each decider's W_i(t) is read from its own value table (under its
 * own beliefs) at the front actually reached. The path is drawn once, at construction, so a negotiation that reads
 * the months in any order sees the same battlefield; the same seed gives the same path.
 */
public final class SampledFrontNoDealValues implements NoDealValues {
    private final TabulatedNoDealValues path;

    /**
     * @param walk         the front's walk as the scenario states it
     * @param initialFront f(0) ∈ [0, 1]
     * @param tables       one value table per decider (parties, then ratifiers), e.g.
     *                     {@code new DiscretisedFrontValueOfFighting().table(scenarioConflict.problem(i))}
     * @param rng          the generator of this draw
     */
    public SampledFrontNoDealValues(FrontRandomWalk walk, double initialFront, FightingValueTable[] tables,
                                    RandomGenerator rng) {
        if (tables.length == 0) {
            throw new IllegalArgumentException("need a value table for at least one decider");
        }
        int horizon = tables[0].horizonMonths();
        for (int i = 1; i < tables.length; i++) {
            if (tables[i].horizonMonths() != horizon) {
                throw new IllegalArgumentException("decider " + i + "'s table runs to month " + tables[i].horizonMonths()
                        + " but decider 0's to month " + horizon + "; build all tables with the same horizon");
            }
        }
        double[] front = walk.samplePath(initialFront, 0, horizon, rng);
        double[][] values = new double[tables.length][horizon + 1];
        for (int i = 0; i < tables.length; i++) {
            for (int t = 0; t <= horizon; t++) {
                values[i][t] = tables[i].value(t, front[t]);
            }
        }
        path = new TabulatedNoDealValues(values, front);
    }

    @Override
    public int deciderCount() {
        return path.deciderCount();
    }

    @Override
    public double value(int decider, int month) {
        return path.value(decider, month);
    }

    @Override
    public double front(int month) {
        return path.front(month);
    }

    /** The last month of the path; later months keep its values. */
    public int horizonMonths() {
        return path.monthCount() - 1;
    }
}
