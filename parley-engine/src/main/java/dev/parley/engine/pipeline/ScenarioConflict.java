package dev.parley.engine.pipeline;

import dev.parley.engine.conflict.DiscretisedFrontValueOfFighting;
import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FightingValueTable;
import dev.parley.engine.conflict.FrontRandomWalk;
import dev.parley.engine.space.PartyValuation;
import dev.parley.model.Belief;
import dev.parley.model.ConflictModel;
import dev.parley.model.Cost;
import dev.parley.model.Front;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.Param;
import dev.parley.model.Scenario;
import dev.parley.model.ValueFunction;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The scenario's conflict model as the engine's plain inputs (DESIGN.md §4.3): for each decider (parties and
 * ratifiers, in {@link ScenarioBargaining} order) a {@link FightingValueProblem} under its own beliefs, and from it
 * W_i(t), its value of fighting on, for every month of the horizon.
 *
 * <ul>
 *   <li>Beliefs: decider i's walk has the drift of {@code beliefs.<i>.drift_per_month} and its volatility where
 *       given, else the front's (mutual optimism = different drifts). Without a belief entry, the front's own
 *       drift and volatility.</li>
 *   <li>Costs: {@code c_i(s) = per_month + growth_per_month·s}, s counted from the scenario start. A decider
 *       without a {@code costs} entry bears no cost of fighting (c_i = 0): the scenario format makes costs
 *       optional, and no cost is the only value that adds no unstated assumption.</li>
 *   <li>Utility of the no-deal path: {@code u_i(f) = Σ_k w_ik v_ik(nd_k(f))}, the issues whose no-deal state
 *       follows the front ({@code no_deal: {from_conflict: front}}) evaluated at {@code min + f·(max − min)} with
 *       the decider's own value function (not the issue's grid), the others at their fixed no-deal option. The
 *       weights are the decider's normalised weights, as in the bargaining analysis, so W_i is in the units of
 *       U_i^e and "i accepts x at t" ⇔ U_i^e(x) ≥ W_i(t).</li>
 *   <li>Expectation: exact over the discretised front ({@link DiscretisedFrontValueOfFighting}, one backward
 *       induction per decider gives every month); its error is the change when the grid is halved. This works
 *       for any value function of the front (linear or piecewise linear), so sampling is not needed here.</li>
 *   <li>The front at month t for the timeline is E[f(t)] under the scenario's front walk (absorbing at 0 and 1),
 *       the same value the bargaining stage uses.</li>
 * </ul>
 */
public final class ScenarioConflict {

    private final Scenario scenario;
    private final List<String> deciders;
    private final FrontRandomWalk frontWalk;
    private final double initialFront;
    private final FightingValueProblem[] problems;
    private final int horizon;
    private final SharedStageWork work;
    private final Object[][] problemInputs; // per decider: everything its problem is built from, by value
    private FightingValueTable[] fine;
    private FightingValueTable[] coarse;
    private double[][] alongPath;
    private double[] path;

    private ScenarioConflict(Scenario scenario, ScenarioBargaining atStart, SharedStageWork work) {
        ConflictModel conflict = scenario.conflict().orElseThrow(() -> new IllegalArgumentException(
                "scenario '" + scenario.info().id() + "' has no conflict section; W(t) needs the front and costs"));
        this.scenario = scenario;
        this.work = work;
        this.horizon = scenario.info().horizonMonths();
        Front front = conflict.front();
        this.initialFront = front.initial().value();
        this.frontWalk = FrontRandomWalk.constant(front.driftPerMonth().value(), front.volatility().value());
        ScenarioBargaining bargaining = atStart != null ? atStart : ScenarioBargaining.of(scenario, initialFront);
        this.deciders = bargaining.deciders();
        double delta = scenario.info().discountPerMonth().value();
        this.problems = new FightingValueProblem[deciders.size()];
        this.problemInputs = new Object[deciders.size()][];
        for (int i = 0; i < problems.length; i++) {
            String id = deciders.get(i);
            Belief belief = conflict.beliefs().get(id);
            double drift = belief == null ? front.driftPerMonth().value() : belief.driftPerMonth().value();
            double volatility = belief == null ? front.volatility().value()
                    : belief.volatility().map(Param::value).orElse(front.volatility().value());
            Cost cost = conflict.costs().get(id);
            double base = cost == null ? 0.0 : cost.perMonth().value();
            double growth = cost == null ? 0.0 : cost.growthPerMonth().value();
            PartyValuation valuation = bargaining.valuations().get(i);
            double fixed = fixedUtility(bargaining, valuation);
            FrontFollowingUtility followed = frontUtility(valuation, id);
            FrontRandomWalk own = belief == null ? frontWalk : FrontRandomWalk.constant(drift, volatility);
            problems[i] = new FightingValueProblem(own, fixed, followed, base, growth, delta, horizon);
            problemInputs[i] = new Object[] {drift, volatility, fixed, followed.weight, followed.issue,
                    followed.function, base, growth, delta, horizon};
        }
    }

    /** @throws IllegalArgumentException when the scenario has no conflict section */
    public static ScenarioConflict of(Scenario scenario) {
        return new ScenarioConflict(scenario, null, SharedStageWork.NONE);
    }

    /**
     * The same, reusing the scenario's bargaining problem at the front's initial value (month 0), and the expected
     * front and W_i(t) along it that {@code work} already holds for the same inputs.
     */
    static ScenarioConflict of(Scenario scenario, ScenarioBargaining atStart, SharedStageWork work) {
        return new ScenarioConflict(scenario, atStart, work);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Parties and ratifiers, in scenario order (index i of every per-decider value). */
    public List<String> deciders() {
        return deciders;
    }

    /** The horizon H in months. */
    public int horizonMonths() {
        return horizon;
    }

    /** Decider i's conflict model under its own beliefs. */
    public FightingValueProblem problem(int decider) {
        return problems[decider];
    }

    /** The front's walk as the scenario states it (not any party's belief). */
    public FrontRandomWalk frontWalk() {
        return frontWalk;
    }

    /** c_i(t). */
    public double cost(int decider, int month) {
        return problems[decider].cost(month);
    }

    /** κ_i from {@code costs.<i>.hurting_threshold}, if stated. */
    public OptionalDouble painThreshold(int decider) {
        Cost cost = scenario.conflict().get().costs().get(deciders.get(decider));
        return cost == null || cost.hurting().isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(cost.hurting().get().value());
    }

    /**
     * E[f(t)] under the scenario's front walk, exactly on the walk's default grid for months [0, t) — the front at
     * which the bargaining stage evaluates month t.
     */
    public double expectedFront(int month) {
        checkMonth(month);
        if (month == 0) {
            return initialFront;
        }
        return frontWalk.forecast(initialFront, 0, month, frontWalk.defaultCells(0, month)).mean()[month];
    }

    /** E[f(t)] for t = 0..H (computed once per instance; a copy). */
    public double[] expectedFrontPath() {
        return frontPath().clone();
    }

    private synchronized double[] frontPath() {
        if (path == null) {
            path = work.get(() -> SharedStageWork.key("expected front", initialFront, frontWalk.drift(0),
                    frontWalk.volatility(0), horizon), this::computeExpectedFrontPath, SharedStageWork::bytes);
        }
        return path;
    }

    private double[] computeExpectedFrontPath() {
        double[] path = new double[horizon + 1];
        path[0] = initialFront;
        // expectedFront(t) propagates months [0, t) on a grid of defaultCells(0, t) cells; a propagation to a later
        // month on the same grid passes through the same states, so one forecast per distinct grid gives every
        // month that uses it — the same numbers as H separate forecasts, at O(H) instead of O(H²) steps.
        int[] cells = new int[horizon + 1];
        for (int t = 1; t <= horizon; t++) {
            cells[t] = frontWalk.defaultCells(0, t);
        }
        boolean[] done = new boolean[horizon + 1];
        for (int t = horizon; t >= 1; t--) {
            if (done[t]) {
                continue;
            }
            double[] mean = frontWalk.forecast(initialFront, 0, t, cells[t]).mean();
            for (int u = 1; u <= t; u++) {
                if (cells[u] == cells[t]) {
                    path[u] = mean[u];
                    done[u] = true;
                }
            }
        }
        return path;
    }

    /** W_i(t) for every decider at front f (each under its own beliefs). */
    public double[] valuesAt(int month, double front) {
        checkMonth(month);
        FightingValueTable[] f = fineTables();
        double[] w = new double[problems.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = f[i].value(month, front);
        }
        return w;
    }

    /**
     * {@code values[i][t]} = W_i(t) at the expected front E[f(t)], t = 0..H: the numbers of {@link #valueOfNoDeal}
     * without the error estimate, so without the half-grid inductions that only the error needs. They come from
     * {@link DiscretisedFrontValueOfFighting#valuesAlong} (the induction trimmed to the states the chain visits with
     * non-negligible probability; within its {@link DiscretisedFrontValueOfFighting#trimBound} of the whole table's
     * values) whether or not the tables are built, so every caller sees the same bits. Computed once per instance.
     */
    public double[][] valuesOnExpectedPath() {
        double[][] w = alongPath();
        return Arrays.stream(w).map(double[]::clone).toArray(double[][]::new);
    }

    private synchronized double[][] alongPath() {
        if (alongPath == null) {
            double[] path = frontPath();
            double[][] w = new double[problems.length][];
            for (int i = 0; i < problems.length; i++) {
                FightingValueProblem problem = problems[i];
                int cells = defaultCells(i);
                Object[] inputs = problemInputs[i];
                w[i] = work.get(() -> SharedStageWork.key("W along the expected front", inputs, cells, path),
                        () -> new DiscretisedFrontValueOfFighting(cells).valuesAlong(problem, path),
                        SharedStageWork::bytes);
            }
            alongPath = w;
        }
        return alongPath;
    }

    /** W_i(t) for every decider and month 0..H at the expected front, with the discretisation error. */
    public ValueOfNoDeal valueOfNoDeal() {
        FightingValueTable[] c = coarseTables();
        double[] path = frontPath();
        double[][] w = valuesOnExpectedPath();
        double[][] err = new double[problems.length][horizon + 1];
        for (int i = 0; i < problems.length; i++) {
            for (int t = 0; t <= horizon; t++) {
                err[i][t] = Math.abs(w[i][t] - c[i].value(t, path[t]));
            }
        }
        return new ValueOfNoDeal(deciders, path, w, err);
    }

    /** The backward inductions on the default grid, once per instance. */
    private synchronized FightingValueTable[] fineTables() {
        if (fine == null) {
            FightingValueTable[] f = new FightingValueTable[problems.length];
            for (int i = 0; i < problems.length; i++) {
                f[i] = new DiscretisedFrontValueOfFighting(defaultCells(i)).table(problems[i]);
            }
            fine = f;
        }
        return fine;
    }

    /** The backward inductions on half the default grid (only for the error), once per instance. */
    private synchronized FightingValueTable[] coarseTables() {
        if (coarse == null) {
            FightingValueTable[] c = new FightingValueTable[problems.length];
            for (int i = 0; i < problems.length; i++) {
                c[i] = new DiscretisedFrontValueOfFighting(Math.max(4, defaultCells(i) / 2)).table(problems[i]);
            }
            coarse = c;
        }
        return coarse;
    }

    private int defaultCells(int decider) {
        return problems[decider].walk().defaultCells(0, Math.max(1, horizon));
    }

    private void checkMonth(int month) {
        if (month < 0 || month > horizon) {
            throw new IllegalArgumentException("month " + month + " is outside 0.." + horizon);
        }
    }

    /** Σ_k w_ik v_ik(nd_k) over the issues whose no-deal state does not follow the front. */
    private double fixedUtility(ScenarioBargaining bargaining, PartyValuation valuation) {
        int[] noDeal = bargaining.noDealOutcome();
        double sum = 0.0;
        for (int k = 0; k < scenario.issues().size(); k++) {
            if (!(scenario.issues().get(k).noDeal() instanceof NoDeal.FromConflict)) {
                sum += valuation.weights()[k] * valuation.values()[k][noDeal[k]];
            }
        }
        return sum;
    }

    /** f ↦ Σ_k w_ik v_ik(min + f·(max − min)) over the front-following issues, with the decider's value functions. */
    private FrontFollowingUtility frontUtility(PartyValuation valuation, String decider) {
        int n = scenario.issues().size();
        double[] weight = new double[n];
        Issue.Continuous[] issue = new Issue.Continuous[n];
        ValueFunction[] function = new ValueFunction[n];
        for (int k = 0; k < n; k++) {
            Issue is = scenario.issues().get(k);
            ValueFunction f = scenario.preferences().get(decider).values().get(is.id());
            if (is.noDeal() instanceof NoDeal.FromConflict && f != null && valuation.weights()[k] != 0.0) {
                weight[k] = valuation.weights()[k];
                issue[k] = (Issue.Continuous) is;
                function[k] = f;
            }
        }
        return new FrontFollowingUtility(weight, issue, function);
    }

    /** The utility of the front-following issues at front f; its arrays are the whole of its definition. */
    private static final class FrontFollowingUtility implements java.util.function.DoubleUnaryOperator {
        private final double[] weight;
        private final Issue.Continuous[] issue;
        private final ValueFunction[] function;

        FrontFollowingUtility(double[] weight, Issue.Continuous[] issue, ValueFunction[] function) {
            this.weight = weight;
            this.issue = issue;
            this.function = function;
        }

        @Override
        public double applyAsDouble(double front) {
            double sum = 0.0;
            for (int k = 0; k < function.length; k++) {
                if (function[k] != null) {
                    double x = issue[k].min() + front * (issue[k].max() - issue[k].min());
                    sum += weight[k] * ScenarioBargaining.value(function[k], issue[k], null, x);
                }
            }
            return sum;
        }
    }
}
