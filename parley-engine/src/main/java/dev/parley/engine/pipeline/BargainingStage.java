package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.bargain.BargainingReport;
import dev.parley.engine.bargain.EmptyChipDetector;
import dev.parley.engine.bargain.TradeSearch;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The pipeline's bargaining stage (DESIGN.md §4.2) at month t. The front-following issues take the expected front
 * at t from the conflict model's random walk. Each decider's value of no deal is, in this order: the scenario's
 * {@code reservation} where stated; else, when the scenario has a conflict section, W_i(t) from the conflict model
 * under the decider's own beliefs ({@link ScenarioConflict}, source "conflict model W(t)"); else its utility of the
 * no-deal outcome.
 */
public final class BargainingStage {

    /** Trades listed from the no-deal outcome (the total found is always reported). */
    public static final int TRADES_LISTED = 5;

    /** The no-deal source of a decider whose W_i comes from the conflict model. */
    public static final String CONFLICT_SOURCE = "conflict model W(t)";

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
        List<String> sources = new ArrayList<>(problem.reservationSources());
        if (!Double.isNaN(front)) {
            // W_i(t) replaces the status quo for every decider without a stated reservation (issue 4).
            double[] fromConflict = ScenarioConflict.of(scenario).valuesAt(month, front);
            List<String> deciders = problem.deciders();
            for (int i = 0; i < w.length; i++) {
                if (scenario.preferences().get(deciders.get(i)).reservation().isEmpty()) {
                    w[i] = fromConflict[i];
                    sources.set(i, CONFLICT_SOURCE);
                }
            }
        }
        BargainingAnalysis analysis = new BargainingAnalysis();
        BargainingReport report = analysis.analyse(problem.problem(w), new SplittableRandom(seed));
        TradeSearch trades = analysis.trades(problem.problem(w), problem.noDealOutcome(), TRADES_LISTED);
        return new BargainingAtMonth(month, front, problem, w, sources, report,
                problem.offeredChips(new EmptyChipDetector()), trades);
    }

    /**
     * The same analysis at month t from a shared context: W_i(t), the expected front and the month's frontier are
     * the context's (built once for all stages), so the numbers equal {@link #run(Scenario, int, long)} on the
     * context's scenario.
     */
    public static BargainingAtMonth run(ScenarioStageContext context, int month, long seed) {
        Scenario scenario = context.scenario();
        if (month < 0 || month > scenario.info().horizonMonths()) {
            throw new IllegalArgumentException("month " + month + " is outside 0.." + scenario.info().horizonMonths());
        }
        double front = context.expectedFront(month);
        ScenarioStageContext.BargainingSpace space = context.space(month);
        ScenarioBargaining problem = space.problem();
        double[] w = context.noDealValues(month);
        List<String> sources = new ArrayList<>(problem.reservationSources());
        for (int i = 0; i < w.length; i++) {
            if (Double.isNaN(context.statedReservation(i))) {
                sources.set(i, CONFLICT_SOURCE);
            }
        }
        BargainingAnalysis analysis = new BargainingAnalysis();
        BargainingReport report = analysis.analyse(problem.problem(w), space.utilities(), space.redLines(),
                space.frontier(), new SplittableRandom(seed));
        TradeSearch trades = analysis.trades(problem.problem(w), problem.noDealOutcome(), TRADES_LISTED);
        return new BargainingAtMonth(month, front, problem, w, sources, report,
                problem.offeredChips(new EmptyChipDetector()), trades);
    }

    /** E[f(t)] of the scenario's front walk (absorbing at 0 and 1), or NaN when there is no conflict model. */
    static double expectedFront(Scenario scenario, int month) {
        return scenario.conflict().isEmpty() ? Double.NaN : ScenarioConflict.of(scenario).expectedFront(month);
    }
}
