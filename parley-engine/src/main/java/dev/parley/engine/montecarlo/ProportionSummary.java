package dev.parley.engine.montecarlo;

import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;

/**
 * A count of successes among trials: mergeable by adding counts. Its interval is the Wilson score interval (Wilson,
 * JASA 1927; recommended over the Wald interval by Brown, Cai and DasGupta, Statistical Science 2001), computed by
 * Hipparchus, at {@link #LEVEL} by default.
 */
public record ProportionSummary(long successes, long trials) {

    /** The confidence level of the headline intervals: 90%, as issue 6 asks. */
    public static final double LEVEL = 0.90;

    public ProportionSummary {
        if (trials < 0 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes in " + trials + " trials; need 0 ≤ s ≤ n");
        }
    }

    public static ProportionSummary of(boolean[] outcomes) {
        long s = 0;
        for (boolean b : outcomes) {
            if (b) {
                s++;
            }
        }
        return new ProportionSummary(s, outcomes.length);
    }

    public ProportionSummary merge(ProportionSummary other) {
        return new ProportionSummary(successes + other.successes, trials + other.trials);
    }

    /** The share of successes, NaN without trials. */
    public double estimate() {
        return trials == 0 ? Double.NaN : (double) successes / trials;
    }

    /** The Wilson interval at {@code level}, [0, 1] without trials. */
    public double[] interval(double level) {
        if (trials == 0) {
            return new double[] {0, 1};
        }
        if (trials > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(trials + " trials exceed the interval routine's int range");
        }
        ConfidenceInterval ci = BinomialProportion.getWilsonScoreInterval((int) trials, estimate(), level);
        return new double[] {Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())};
    }

    public double[] interval() {
        return interval(LEVEL);
    }
}
