package dev.parley.engine.conflict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The vectorised {@link FrontTransition#expectation} and {@link FrontTransition#forward} add the same terms in the
 * same order as the textbook loops — row by row, each row's terms in ascending state — so they agree to the bit.
 * The rows P(a → ·) are read back by pushing a unit mass through {@code forward}.
 */
class FrontTransitionOrderTest {

    @ParameterizedTest
    @CsvSource({"-0.003, 0.004, 1500", "0.002, 0.01, 600", "0.0, 0.05, 200", "-0.01, 0.3, 40", "0.001, 0.0, 300"})
    void expectationAndForwardEqualTheRowByRowSums(double drift, double volatility, int cells) {
        FrontTransition t = FrontTransition.gaussian(drift, volatility, cells);
        int n = t.states();
        double[][] row = new double[n][n];
        double[] toZero = new double[n];
        double[] toOne = new double[n];
        for (int a = 0; a < n; a++) {
            double[] unit = new double[n];
            unit[a] = 1.0;
            double[] absorbed = t.forward(unit, row[a]);
            toZero[a] = absorbed[0];
            toOne[a] = absorbed[1];
        }
        SplittableRandom rng = new SplittableRandom(cells);
        double[] g = new double[n];
        for (int m = 0; m < n; m++) {
            g[m] = rng.nextDouble(-1.0, 1.0);
        }
        double atZero = -0.7;
        double atOne = 0.4;
        double[] out = new double[n];
        t.expectation(g, atZero, atOne, out);
        for (int a = 0; a < n; a++) {
            double sum = toZero[a] * atZero + toOne[a] * atOne;
            for (int m = 0; m < n; m++) {
                if (row[a][m] != 0.0) {
                    sum += row[a][m] * g[m];
                }
            }
            assertThat(out[a]).as("row %d", a).isEqualTo(sum);
        }
        // a spread-out mass with a gap (zero states inside the support)
        double[] mass = new double[n];
        for (int a = n / 5; a < n / 2; a++) {
            mass[a] = a % 7 == 0 ? 0.0 : rng.nextDouble();
        }
        double[] next = new double[n];
        double[] absorbed = t.forward(mass, next);
        double[] expected = new double[n];
        double zero = 0.0;
        double one = 0.0;
        for (int a = 0; a < n; a++) {
            if (mass[a] == 0.0) {
                continue;
            }
            for (int m = 0; m < n; m++) {
                if (row[a][m] != 0.0) {
                    expected[m] += mass[a] * row[a][m];
                }
            }
            zero += mass[a] * toZero[a];
            one += mass[a] * toOne[a];
        }
        assertThat(next).isEqualTo(expected);
        assertThat(absorbed).containsExactly(zero, one);
    }
}
