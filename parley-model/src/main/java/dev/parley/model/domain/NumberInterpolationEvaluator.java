package dev.parley.model.domain;

/**
 * GeniusWeb {@code numberutils}: utility interpolated linearly between ({@code lowValue}, {@code lowUtility})
 * and ({@code highValue}, {@code highUtility}); 0 outside {@code [lowValue, highValue]} (GeniusWeb
 * {@code NumberValueSetUtilities}).
 *
 * @param lowValue    lower end of the interpolated range
 * @param lowUtility  utility at {@code lowValue}
 * @param highValue   upper end of the interpolated range
 * @param highUtility utility at {@code highValue}
 */
public record NumberInterpolationEvaluator(double lowValue, double lowUtility, double highValue, double highUtility)
        implements IssueEvaluator {
    /** @return the interpolated utility of {@code x} */
    public double evaluate(double x) {
        if (x < lowValue || x > highValue) {
            return 0;
        }
        if (highValue == lowValue) {
            return lowUtility;
        }
        return lowUtility + (highUtility - lowUtility) * (x - lowValue) / (highValue - lowValue);
    }
}
