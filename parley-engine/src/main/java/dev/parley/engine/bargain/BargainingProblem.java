package dev.parley.engine.bargain;

import dev.parley.engine.space.Commitments;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.PartyValuation;
import dev.parley.engine.space.RedLines;

import java.util.List;

/**
 * Everything {@link BargainingAnalysis} needs at one month t, as plain values (no file format): the scenario
 * wiring builds one of these per month.
 *
 * @param space        the outcome space
 * @param partyNames   names of the parties (and ratifiers), in index order
 * @param valuations   each party's weights, value tables and no-deal options, over {@code space}
 * @param commitments  credibility and obligor of every option
 * @param trust        {@code trust[i][j]}: party i's trust in party j, in [0, 1]; a row may be longer than the
 *                     number of parties, its extra entries being trust in obligors who are not parties (a
 *                     stakeholder that gives a guarantee, say), indexed as in {@code commitments}
 * @param redLines     each party's red lines
 * @param noDealValues W_i(t): each party's value of no deal (of fighting on) at month t, on the utility scale
 */
public record BargainingProblem(OutcomeSpace space, List<String> partyNames, List<PartyValuation> valuations,
                                Commitments commitments, double[][] trust, List<RedLines> redLines,
                                double[] noDealValues) {
    public BargainingProblem {
        int n = partyNames.size();
        partyNames = List.copyOf(partyNames);
        valuations = List.copyOf(valuations);
        redLines = List.copyOf(redLines);
        if (n < 1 || valuations.size() != n || redLines.size() != n || trust.length != n || noDealValues.length != n) {
            throw new IllegalArgumentException("need one valuation, red-line set, trust row and no-deal value per"
                    + " party: " + n + " names, " + valuations.size() + " valuations, " + redLines.size()
                    + " red-line sets, " + trust.length + " trust rows, " + noDealValues.length + " no-deal values");
        }
        for (double[] row : trust) {
            if (row.length < n) {
                throw new IllegalArgumentException("trust needs a row of at least " + n + " entries per party,"
                        + " found a row of " + row.length);
            }
        }
    }
}
