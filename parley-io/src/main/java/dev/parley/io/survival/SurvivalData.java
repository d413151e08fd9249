package dev.parley.io.survival;

import java.util.List;

/**
 * Survival rows as plain arrays. Row r covers the interval {@code (start[r], stop[r]]}; {@code event[r]} is 1 when
 * the spell ends in failure at {@code stop[r]}, 0 when it is censored there (or continues in a later row of the same
 * spell). For one row per spell, start is 0 and stop is the spell's time.
 *
 * @param source         the file (or name) read
 * @param covariateNames the covariate columns, in order
 * @param start          row start times (≥ 0)
 * @param stop           row stop times (&gt; start)
 * @param event          1 = failure at stop, 0 = censored
 * @param covariates     {@code covariates[r][k]} = covariate k on row r
 * @param ids            spell ids (from an {@code id} column, else the row number as text)
 */
public record SurvivalData(String source, List<String> covariateNames, double[] start, double[] stop, int[] event,
                           double[][] covariates, List<String> ids) {

    public SurvivalData {
        covariateNames = List.copyOf(covariateNames);
        ids = List.copyOf(ids);
    }

    /** Number of rows. */
    public int rows() {
        return stop.length;
    }

    /** Column k of the covariates. */
    public double[] covariate(int k) {
        double[] out = new double[stop.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = covariates[r][k];
        }
        return out;
    }
}
