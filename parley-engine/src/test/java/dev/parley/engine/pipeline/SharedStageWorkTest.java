package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedStageWorkTest {

    @Test
    void keysCompareArrayContentsAndDoubleBits() {
        assertThat(SharedStageWork.key("w", new double[] {1.0, 2.0}, new int[][] {{3}}))
                .isEqualTo(SharedStageWork.key("w", new double[] {1.0, 2.0}, new int[][] {{3}}))
                .hasSameHashCodeAs(SharedStageWork.key("w", new double[] {1.0, 2.0}, new int[][] {{3}}));
        assertThat(SharedStageWork.key("w", new double[] {1.0, 2.0}))
                .isNotEqualTo(SharedStageWork.key("w", new double[] {1.0, Math.nextUp(2.0)}))
                .isNotEqualTo(SharedStageWork.key("v", new double[] {1.0, 2.0}));
        // -0.0 and 0.0 can lead to different results (1/x), NaN is one input
        assertThat(SharedStageWork.key(0.0)).isNotEqualTo(SharedStageWork.key(-0.0));
        assertThat(SharedStageWork.key(new double[] {Double.NaN})).isEqualTo(SharedStageWork.key(new double[] {Double.NaN}));
    }

    @Test
    void computesOncePerDistinctKey() {
        SharedStageWork work = SharedStageWork.create();
        AtomicInteger computed = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            for (int x = 0; x < 4; x++) {
                int input = x;
                int y = work.get(SharedStageWork.key("square", new int[] {x}), () -> {
                    computed.incrementAndGet();
                    return input * input;
                });
                assertThat(y).isEqualTo(x * x);
            }
        }
        assertThat(computed).hasValue(4);
        assertThat(work.hits()).isEqualTo(8);
    }

    @Test
    void noneComputesEveryTime() {
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            SharedStageWork.NONE.get(SharedStageWork.key("x"), computed::incrementAndGet);
        }
        assertThat(computed).hasValue(3);
        assertThat(SharedStageWork.NONE.hits()).isZero();
    }
}
