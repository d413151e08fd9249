package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.bargain.BargainingReport;
import dev.parley.engine.bargain.EmptyChipDetector;
import dev.parley.engine.bargain.TradeSearch;
import dev.parley.engine.conflict.FrontRandomWalk;
import dev.parley.model.Front;
import dev.parley.model.Scenario;
import java.util.SplittableRandom;

/**
 * The pipeline's bargaining stage (DESIGN.md §4.2) at month t. The front-following issues take the expected front
 * at t from the conflict model's random walk; each decider's value of no deal is the scenario's
 * {@code reservation} or its utility of the no-deal outcome, until the conflict model supplies W_i(t).
 */
public final class BargainingStage {

    /** Trades listed from the no-deal outcome (the total found is always reported). */
    public static final int TRADES_LISTED = 5;

    private BargainingStage() {
    }

    /**
     * @param scenario the scenario (usually its central case, see {@code ParameterTable.centralCase})
     * @param month    months after the start, 0 ≤ month ≤ horizon
     * @param seed     seeds the sampling used only when the ZOPA is too large to count exactly
     */
    public static BargainingAtMonth run(Scenario scenario, int month, long seed) {
        if (month < 0 || month > scenario.info().horizonMonths()) {
            throw new IllegalArgumentException("month " + month + " is outside 0.." + scenario.info().horizonMonths());
        }
        double front = expectedFront(scenario, month);
        ScenarioBargaining problem = Double.isNaN(front) ? ScenarioBargaining.of(scenario)
                : ScenarioBargaining.of(scenario, front);
        double[] w = problem.reservations();
        BargainingAnalysis analysis = new BargainingAnalysis();
        BargainingReport report = analysis.analyse(problem.problem(w), new SplittableRandom(seed));
        TradeSearch trades = analysis.trades(problem.problem(w), problem.noDealOutcome(), TRADES_LISTED);
        return new BargainingAtMonth(month, front, problem, w, problem.reservationSources(), report,
                problem.offeredChips(new EmptyChipDetector()), trades);
    }

    /** E[f(t)] of the scenario's front walk (absorbing at 0 and 1), or NaN when there is no conflict model. */
    static double expectedFront(Scenario scenario, int month) {
        if (scenario.conflict().isEmpty()) {
            return Double.NaN;
        }
        Front f = scenario.conflict().get().front();
        double initial = f.initial().value();
        if (month == 0) {
            return initial;
        }
        FrontRandomWalk walk = FrontRandomWalk.constant(f.driftPerMonth().value(), f.volatility().value());
        return walk.forecast(initial, 0, month, walk.defaultCells(0, month)).mean()[month];
    }
}
