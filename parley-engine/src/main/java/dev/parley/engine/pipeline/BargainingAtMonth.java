package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingReport;
import dev.parley.engine.bargain.ChipAssessment;
import dev.parley.engine.bargain.TradeSearch;
import java.util.List;

/**
 * The bargaining analysis of a scenario at one month: the problem, each decider's value of no deal and where it
 * comes from, the engine's report (frontier, solutions, ZOPA, empty concessions), the scenario's chips and the
 * best trades from the no-deal outcome.
 *
 * @param month        months after the scenario's start
 * @param front        the expected front at that month (NaN without a conflict model)
 * @param problem      the scenario as engine arrays, front-following issues at {@code front}
 * @param noDealValues each decider's value of no deal W_i
 * @param noDealSources where each W_i comes from, in words
 * @param report       frontier, solutions with d = W, ZOPA, costly concessions that are empty
 * @param chips        the scenario's chips, assessed
 * @param trades       trades that raise every decider's expected utility from the no-deal outcome
 */
public record BargainingAtMonth(int month, double front, ScenarioBargaining problem, double[] noDealValues,
        List<String> noDealSources, BargainingReport report, List<ChipAssessment> chips, TradeSearch trades) {

    public BargainingAtMonth {
        noDealValues = noDealValues.clone();
        noDealSources = List.copyOf(noDealSources);
        chips = List.copyOf(chips);
    }

    @Override
    public double[] noDealValues() {
        return noDealValues.clone();
    }
}
