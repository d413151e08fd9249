package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.model.Distribution;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Sample mean and variance of each distribution against its closed form, with tolerances from the central limit
 * theorem: |mean − μ| < 4.5 σ/√n and |var − σ²| < 4.5 √((m4 − σ⁴)/n) with m4 the sample fourth central moment
 * (a false alarm about once in 10⁵ per check; the seed is fixed, so the test is deterministic).
 */
class UncertainParameterTest {

    private static final int N = 40_000;

    static Stream<Arguments> laws() {
        NormalDistribution phi = new NormalDistribution(0, 1);
        // truncated normal N(1, 2²) on [0, 4]: α = −0.5, β = 1.5, Z = Φ(β) − Φ(α)
        double mu = 1;
        double sd = 2;
        double a = (0 - mu) / sd;
        double b = (4 - mu) / sd;
        double z = phi.cumulativeProbability(b) - phi.cumulativeProbability(a);
        double pa = phi.density(a);
        double pb = phi.density(b);
        double tnMean = mu + sd * (pa - pb) / z;
        double tnVar = sd * sd * (1 + (a * pa - b * pb) / z - Math.pow((pa - pb) / z, 2));
        return Stream.of(
                Arguments.of(new Distribution.Uniform(0.3, 0.7), 0.5, 0.16 / 12),
                // triangular: mean (a+b+c)/3, var (a²+b²+c²−ab−ac−bc)/18
                Arguments.of(new Distribution.Triangular(0.0, 0.005, 0.01), 0.005,
                        (0 + 0.01 * 0.01 + 0.005 * 0.005 - 0 - 0 - 0.005 * 0.01) / 18),
                Arguments.of(new Distribution.Triangular(-1, 2, 3), 4.0 / 3, (1 + 4 + 9 + 2 + 3 - 6) / 18.0),
                Arguments.of(new Distribution.Normal(mu, sd, 0, 4), tnMean, tnVar),
                Arguments.of(new Distribution.Normal(0, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 0.0,
                        1.0),
                // beta(2, 5) on [10, 20]: mean 10 + 10·2/7, var 100·10/(49·8)
                Arguments.of(new Distribution.Beta(2, 5, 10, 20), 10 + 20.0 / 7, 100 * 10.0 / (49 * 8)),
                // lognormal: mean e^{μ+σ²/2}, var (e^{σ²} − 1) e^{2μ+σ²}
                Arguments.of(new Distribution.LogNormal(0.5, 0.4), Math.exp(0.5 + 0.08),
                        (Math.exp(0.16) - 1) * Math.exp(1 + 0.16)),
                Arguments.of(new Distribution.Discrete(List.of(1.0, 2.0, 5.0), List.of(0.2, 0.5, 0.3)), 2.7,
                        0.2 + 2.0 + 7.5 - 2.7 * 2.7),
                Arguments.of(new Distribution.Bernoulli(0.3), 0.3, 0.21));
    }

    @ParameterizedTest
    @MethodSource("laws")
    void sampleMomentsMatchClosedForms(Distribution law, double mean, double variance) {
        UncertainParameter p = new UncertainParameter("x", 0, law);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = p.sample(DrawStreams.forDraw(42, i));
        }
        double m = 0;
        for (double v : x) {
            m += v;
        }
        m /= N;
        double m2 = 0;
        double m4 = 0;
        for (double v : x) {
            double d = (v - m) * (v - m);
            m2 += d;
            m4 += d * d;
        }
        m2 /= N - 1;
        m4 /= N;
        assertThat(Math.abs(m - mean)).isLessThan(4.5 * Math.sqrt(variance / N));
        assertThat(Math.abs(m2 - variance)).isLessThan(4.5 * Math.sqrt((m4 - m2 * m2) / N) + 1e-15);
    }

    @Test
    void truncatedNormalStaysInItsBoundsAndQuantilesMatchTheUniformClosedForm() {
        UncertainParameter tn = new UncertainParameter("x", 0, new Distribution.Normal(0, 1, -0.5, 0.25));
        assertThat(tn.quantile(0.0)).isCloseTo(-0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(tn.quantile(1.0)).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
        UncertainParameter u = new UncertainParameter("x", 0, new Distribution.Uniform(2, 6));
        assertThat(u.quantile(0.05)).isCloseTo(2.2, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(u.quantile(0.95)).isCloseTo(5.8, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void badParametersAreNamedInTheMessage() {
        assertThatThrownBy(() -> new UncertainParameter("trust.S.N", 0, new Distribution.Uniform(0.7, 0.3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trust.S.N")
                .hasMessageContaining("0.7");
        assertThatThrownBy(() -> new UncertainParameter("x", 0,
                new Distribution.Discrete(List.of(1.0, 2.0), List.of(0.5, 0.4))))
                .hasMessageContaining("sum to 0.9");
    }
}
