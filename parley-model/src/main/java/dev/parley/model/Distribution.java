package dev.parley.model;

import java.util.List;

/** A distribution over a parameter's value, for Monte Carlo (DESIGN.md §4.7). */
public sealed interface Distribution {

    /** Continuous uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
    }

    /** Triangular with the given minimum, mode and maximum. */
    record Triangular(double min, double mode, double max) implements Distribution {
    }

    /** Normal, truncated to [lower, upper] (infinite bounds when not given). */
    record Normal(double mean, double sd, double lower, double upper) implements Distribution {
    }

    /** Beta(alpha, beta) scaled to [lower, upper] (default [0, 1]). */
    record Beta(double alpha, double beta, double lower, double upper) implements Distribution {
    }

    /** Log-normal: the logarithm is normal with mean {@code mu} and standard deviation {@code sigma}. */
    record LogNormal(double mu, double sigma) implements Distribution {
    }

    /** A finite set of values with probabilities (summing to 1). */
    record Discrete(List<Double> values, List<Double> probabilities) implements Distribution {
        public Discrete {
            values = List.copyOf(values);
            probabilities = List.copyOf(probabilities);
        }
    }

    /** 1 with probability p, otherwise 0 (for on/off parameters such as a factor's activation). */
    record Bernoulli(double p) implements Distribution {
    }
}
