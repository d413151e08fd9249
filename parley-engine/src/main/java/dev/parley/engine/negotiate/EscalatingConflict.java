package dev.parley.engine.negotiate;

import dev.parley.engine.conflict.DiscretisedFrontValueOfFighting;
import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FightingValueTable;
import dev.parley.engine.conflict.FrontRandomWalk;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The conflict model running alongside the talks, with escalation (DESIGN.md §4.3–4.4): the front steps month by
 * month under the world's walk with an explicit generator, each decider's W_i(t) is read from its own value table
 * (its own beliefs) at the front reached, and an escalation shifts the drift of the world and of every decider's
 * belief from the month it is taken; the counter-move follows with its probability, drawn from the same generator.
 * After an escalation every decider's table is solved again ({@link DiscretisedFrontValueOfFighting}, exact over
 * the discretised front).
 *
 * <p>The front path is drawn lazily, month by month, so later months see the drift as escalation has left it. Read
 * months in increasing order (the protocol does); the same seed and the same escalations give the same path.
 */
public final class EscalatingConflict implements EscalableConflict {
    private final FrontRandomWalk world;
    private final FightingValueProblem[] problems;
    private final int horizon;
    private final RandomGenerator rng;
    private final DiscretisedFrontValueOfFighting solver = new DiscretisedFrontValueOfFighting();
    private final double[] shift; // cumulative drift change of month s
    private final double[] front;
    private int reached; // front[0..reached] drawn
    private FightingValueTable[] tables;

    /**
     * @param world        the front's walk as the scenario states it
     * @param initialFront f(0)
     * @param problems     each decider's value-of-fighting problem under its own beliefs (same horizon)
     * @param rng          the generator of this draw
     */
    public EscalatingConflict(FrontRandomWalk world, double initialFront, FightingValueProblem[] problems,
                              RandomGenerator rng) {
        if (problems.length == 0) {
            throw new IllegalArgumentException("need a value problem for at least one decider");
        }
        if (!(initialFront >= 0 && initialFront <= 1)) {
            throw new IllegalArgumentException("initial front " + initialFront + " must lie in [0, 1]");
        }
        this.world = world;
        this.problems = problems.clone();
        this.horizon = problems[0].horizonMonths();
        for (FightingValueProblem p : problems) {
            if (p.horizonMonths() != horizon) {
                throw new IllegalArgumentException("all deciders need the same horizon; got " + p.horizonMonths()
                        + " and " + horizon);
            }
        }
        this.rng = rng;
        this.shift = new double[horizon + 1];
        this.front = new double[horizon + 1];
        this.front[0] = initialFront;
        this.tables = solve(shift);
    }

    private FightingValueTable[] solve(double[] s) {
        FightingValueTable[] t = new FightingValueTable[problems.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = solver.table(shifted(problems[i], s));
        }
        return t;
    }

    private FightingValueProblem shifted(FightingValueProblem p, double[] s) {
        double[] drift = new double[horizon + 1];
        double[] vol = new double[horizon + 1];
        for (int m = 0; m <= horizon; m++) {
            drift[m] = p.walk().drift(m) + s[m];
            vol[m] = p.walk().volatility(m);
        }
        return new FightingValueProblem(FrontRandomWalk.byMonth(drift, vol), p.fixedUtility(), p.frontUtility(),
                p.costPerMonth(), p.costGrowthPerMonth(), p.discountPerMonth(), horizon);
    }

    private int advanceTo(int month) {
        int m = Math.min(Math.max(month, 0), horizon);
        while (reached < m) {
            double f = front[reached];
            if (f <= 0.0 || f >= 1.0) {
                front[reached + 1] = f;
            } else {
                double next = f + world.drift(reached) + shift[reached] + world.volatility(reached) * rng.nextGaussian();
                front[reached + 1] = next <= 0.0 ? 0.0 : (next >= 1.0 ? 1.0 : next);
            }
            reached++;
        }
        return m;
    }

    @Override
    public int deciderCount() {
        return problems.length;
    }

    @Override
    public double value(int decider, int month) {
        int m = advanceTo(month);
        return tables[decider].value(m, front[m]);
    }

    @Override
    public double front(int month) {
        return front[advanceTo(month)];
    }

    /**
     * W_i at month t if the rung were taken now, as decider i would reckon it: with the counter-move's drift
     * weighted by {@code counterWeight} (0: the counter is ignored; its probability: expected drift).
     */
    @Override
    public double valueIfTaken(int decider, int month, EscalationStep step, double counterWeight) {
        int m = advanceTo(month);
        double[] s = shift.clone();
        double d = step.driftChange() + counterWeight * step.counterDriftChange();
        for (int t = m; t <= horizon; t++) {
            s[t] += d;
        }
        return solver.table(shifted(problems[decider], s)).value(m, front[m]);
    }

    /**
     * Takes the rung at month t: the drift shifts from t on, the counter-move follows with its probability.
     *
     * @return whether the counter-move was taken
     */
    @Override
    public boolean escalate(int month, EscalationStep step) {
        int m = advanceTo(month);
        boolean countered = rng.nextDouble() < step.counterProbability();
        double d = step.driftChange() + (countered ? step.counterDriftChange() : 0.0);
        for (int t = m; t <= horizon; t++) {
            shift[t] += d;
        }
        tables = solve(shift);
        return countered;
    }

    /** The cumulative drift change at month t. */
    @Override
    public double driftShift(int month) {
        return shift[Math.min(Math.max(month, 0), horizon)];
    }

    @Override
    public String toString() {
        return "EscalatingConflict" + Arrays.toString(Arrays.copyOf(front, reached + 1));
    }
}
