package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class DrawStreamsTest {

    @Test
    void aDrawsStreamDependsOnlyOnSeedAndIndex() {
        RandomGenerator a = DrawStreams.forDraw(7, 123);
        DrawStreams.forDraw(7, 122).nextLong(); // another draw in between changes nothing
        RandomGenerator b = DrawStreams.forDraw(7, 123);
        for (int k = 0; k < 100; k++) {
            assertThat(a.nextLong()).isEqualTo(b.nextLong());
        }
    }

    /** Neighbouring draws and seeds: first uniforms uncorrelated (|r| < 4.5/√n for n pairs). */
    @Test
    void neighbouringDrawsAreUncorrelated() {
        int n = 20_000;
        double sxy = 0;
        double sxs = 0;
        for (int i = 0; i < n; i++) {
            double x = DrawStreams.forDraw(1, i).nextDouble() - 0.5;
            double y = DrawStreams.forDraw(1, i + 1).nextDouble() - 0.5;
            double z = DrawStreams.forDraw(2, i).nextDouble() - 0.5;
            sxy += x * y;
            sxs += x * z;
        }
        // Var(U − ½) = 1/12, so r = 12·mean(xy)
        assertThat(Math.abs(12 * sxy / n)).isLessThan(4.5 / Math.sqrt(n));
        assertThat(Math.abs(12 * sxs / n)).isLessThan(4.5 / Math.sqrt(n));
    }
}
