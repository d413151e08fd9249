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
        // -0.0 and 0.0 can lead to different results (1/x); NaN is one input
        assertThat(SharedStageWork.key(0.0)).isNotEqualTo(SharedStageWork.key(-0.0));
        assertThat(SharedStageWork.key(new double[] {Double.NaN}))
                .isEqualTo(SharedStageWork.key(new double[] {Double.NaN}));
    }

    @Test
    void computesOncePerDistinctKey() {
        SharedStageWork work = SharedStageWork.create();
        AtomicInteger computed = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            for (int x = 0; x < 4; x++) {
                int input = x;
                int y = work.get(() -> SharedStageWork.key("square", new int[] {input}), () -> {
                    computed.incrementAndGet();
                    return input * input;
                }, v -> 16);
                assertThat(y).isEqualTo(x * x);
            }
        }
        assertThat(computed).hasValue(4);
        assertThat(work.hits()).isEqualTo(8);
        assertThat(work.keptBytes()).isEqualTo(64);
    }

    @Test
    void keepsAtMostTheBudgetDroppingTheLeastRecentlyUsed() {
        SharedStageWork work = SharedStageWork.create();
        long quarter = SharedStageWork.BUDGET_BYTES / 4;
        AtomicInteger computed = new AtomicInteger();
        for (int x = 0; x < 4; x++) {
            int input = x;
            work.get(() -> SharedStageWork.key(input), computed::incrementAndGet, v -> quarter);
        }
        work.get(() -> SharedStageWork.key(0), computed::incrementAndGet, v -> quarter); // 0 is now the latest
        assertThat(computed).hasValue(4);
        work.get(() -> SharedStageWork.key(4), computed::incrementAndGet, v -> quarter); // drops 1, the eldest
        assertThat(work.keptBytes()).isEqualTo(SharedStageWork.BUDGET_BYTES);
        work.get(() -> SharedStageWork.key(0), computed::incrementAndGet, v -> quarter);
        assertThat(computed).as("0 was kept").hasValue(5);
        work.get(() -> SharedStageWork.key(1), computed::incrementAndGet, v -> quarter);
        assertThat(computed).as("1 was dropped and is computed again").hasValue(6);
        // a part above a quarter of the budget is never kept
        AtomicInteger big = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            work.get(() -> SharedStageWork.key("big"), big::incrementAndGet, v -> quarter + 1);
        }
        assertThat(big).hasValue(2);
        assertThat(work.keptBytes()).isLessThanOrEqualTo(SharedStageWork.BUDGET_BYTES);
    }

    @Test
    void noneComputesEveryTimeAndBuildsNoKey() {
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            SharedStageWork.NONE.get(() -> {
                throw new AssertionError("NONE built a key");
            }, computed::incrementAndGet, v -> 1);
        }
        assertThat(computed).hasValue(3);
        assertThat(SharedStageWork.NONE.hits()).isZero();
        assertThat(SharedStageWork.NONE.keptBytes()).isZero();
    }
}
