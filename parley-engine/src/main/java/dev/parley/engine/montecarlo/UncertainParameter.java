package dev.parley.engine.montecarlo;

import dev.parley.model.Distribution;
import java.util.List;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.LogNormalDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TriangularDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;

/**
 * One {@code uncertainty} entry made samplable by the inverse of its distribution function: a draw is
 * {@code quantile(u)} for one uniform u, so every draw uses exactly one number of its stream per parameter (which
 * keeps the streams aligned across coalitions for common random numbers) and percentiles for the tornado chart come
 * from the same function. Distributions are Hipparchus's; the truncated normal inverts the normal's distribution
 * function on [F(lower), F(upper)], the beta is scaled to [lower, upper].
 */
public final class UncertainParameter {

    private final String path;
    private final int index;
    private final Distribution distribution;
    private final RealDistribution continuous;
    private final double offset;
    private final double scale;
    private final double cdfLow;
    private final double cdfHigh;
    private final double[] discreteValues;
    private final double[] cumulative;

    /**
     * @param path         the parameter path, for messages
     * @param index        its index in the scenario's {@code ParameterTable}
     * @param distribution the distribution from the scenario
     */
    public UncertainParameter(String path, int index, Distribution distribution) {
        this.path = path;
        this.index = index;
        this.distribution = distribution;
        RealDistribution c = null;
        double off = 0;
        double sc = 1;
        double lo = 0;
        double hi = 1;
        double[] values = null;
        double[] cum = null;
        if (distribution instanceof Distribution.Uniform u) {
            check(u.min() < u.max(), "uniform needs min < max, got [" + u.min() + ", " + u.max() + "]");
            c = new UniformRealDistribution(u.min(), u.max());
        } else if (distribution instanceof Distribution.Triangular t) {
            check(t.min() <= t.mode() && t.mode() <= t.max() && t.min() < t.max(),
                    "triangular needs min ≤ mode ≤ max with min < max, got [" + t.min() + ", " + t.mode() + ", "
                            + t.max() + "]");
            c = new TriangularDistribution(t.min(), t.mode(), t.max());
        } else if (distribution instanceof Distribution.Normal n) {
            check(n.sd() > 0 && n.lower() < n.upper(), "normal needs sd > 0 and lower < upper, got sd " + n.sd()
                    + " on [" + n.lower() + ", " + n.upper() + "]");
            c = new NormalDistribution(n.mean(), n.sd());
            lo = c.cumulativeProbability(n.lower());
            hi = c.cumulativeProbability(n.upper());
            check(hi > lo, "normal(" + n.mean() + ", " + n.sd() + ") has no mass on [" + n.lower() + ", " + n.upper()
                    + "]; move the bounds towards the mean");
        } else if (distribution instanceof Distribution.Beta b) {
            check(b.alpha() > 0 && b.beta() > 0 && b.lower() < b.upper(), "beta needs alpha, beta > 0 and lower <"
                    + " upper, got (" + b.alpha() + ", " + b.beta() + ") on [" + b.lower() + ", " + b.upper() + "]");
            c = new BetaDistribution(b.alpha(), b.beta());
            off = b.lower();
            sc = b.upper() - b.lower();
        } else if (distribution instanceof Distribution.LogNormal l) {
            check(l.sigma() > 0, "lognormal needs sigma > 0, got " + l.sigma());
            c = new LogNormalDistribution(l.mu(), l.sigma());
        } else if (distribution instanceof Distribution.Discrete d) {
            List<Double> p = d.probabilities();
            check(!p.isEmpty() && p.size() == d.values().size(), "discrete needs as many probabilities as values, got "
                    + d.values().size() + " values and " + p.size() + " probabilities");
            values = new double[p.size()];
            cum = new double[p.size()];
            double sum = 0;
            for (int k = 0; k < values.length; k++) {
                check(p.get(k) >= 0, "discrete probability " + p.get(k) + " is negative");
                values[k] = d.values().get(k);
                sum += p.get(k);
                cum[k] = sum;
            }
            check(Math.abs(sum - 1) < 1e-9, "discrete probabilities sum to " + sum + ", not 1");
            cum[cum.length - 1] = 1.0;
        } else if (distribution instanceof Distribution.Bernoulli b) {
            check(b.p() >= 0 && b.p() <= 1, "bernoulli needs 0 ≤ p ≤ 1, got " + b.p());
            values = new double[] {0, 1};
            cum = new double[] {1 - b.p(), 1};
        }
        this.continuous = c;
        this.offset = off;
        this.scale = sc;
        this.cdfLow = lo;
        this.cdfHigh = hi;
        this.discreteValues = values;
        this.cumulative = cum;
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("uncertainty '" + path + "': " + message);
        }
    }

    public String path() {
        return path;
    }

    public int index() {
        return index;
    }

    public Distribution distribution() {
        return distribution;
    }

    /**
     * The value at cumulative probability {@code u} (0 ≤ u ≤ 1). For a discrete law, the first listed value whose
     * cumulative probability exceeds u, so that u uniform on [0, 1) picks value k with probability p_k.
     */
    public double quantile(double u) {
        if (discreteValues != null) {
            for (int k = 0; k < cumulative.length; k++) {
                if (u < cumulative[k] || k == cumulative.length - 1) {
                    // strict '<' so that u = F(x_k) exactly goes to the next value, as for a draw u ∈ [0, 1)
                    return discreteValues[k];
                }
            }
        }
        double v = cdfLow + u * (cdfHigh - cdfLow);
        return offset + scale * continuous.inverseCumulativeProbability(v);
    }

    /** One value, from one uniform of {@code rng}. */
    public double sample(java.util.random.RandomGenerator rng) {
        return quantile(rng.nextDouble());
    }
}
