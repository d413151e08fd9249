package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class ParallelDrawRunnerTest {

    record Out(double sum, boolean high) {
    }

    /** A draw whose work varies with its numbers, so threads finish out of order. */
    private static Out work(long index, RandomGenerator rng) {
        int k = 5 + rng.nextInt(200);
        double s = 0;
        for (int j = 0; j < k; j++) {
            s += rng.nextDouble();
        }
        return new Out(s / k, s / k > 0.5);
    }

    @Test
    void resultsAndAggregatesAreByteIdenticalForOneTwoAndEightThreads() {
        DrawResults<Out> one = new ParallelDrawRunner(1).run(11, 3001, ParallelDrawRunnerTest::work);
        DrawResults<Out> two = new ParallelDrawRunner(2).run(11, 3001, ParallelDrawRunnerTest::work);
        DrawResults<Out> eight = new ParallelDrawRunner(8).run(11, 3001, ParallelDrawRunnerTest::work);
        assertThat(one.partial()).isFalse();
        assertThat(one.completed()).isEqualTo(3001);
        assertThat(two.results()).isEqualTo(one.results());
        assertThat(eight.results()).isEqualTo(one.results());
        MomentSummary m1 = MomentSummary.of(one.results().stream().mapToDouble(Out::sum).toArray());
        MomentSummary m8 = MomentSummary.of(eight.results().stream().mapToDouble(Out::sum).toArray());
        assertThat(Double.doubleToRawLongBits(m8.mean())).isEqualTo(Double.doubleToRawLongBits(m1.mean()));
        assertThat(Double.doubleToRawLongBits(m8.m2())).isEqualTo(Double.doubleToRawLongBits(m1.m2()));
        // each draw's mean of uniforms has mean 1/2
        assertThat(m1.mean()).isBetween(0.49, 0.51);
    }

    @Test
    void cancellationReturnsTheCompletedPrefixMarkedPartial() {
        DrawResults<Out> full = new ParallelDrawRunner(1).run(3, 2000, ParallelDrawRunnerTest::work);
        AtomicBoolean cancel = new AtomicBoolean();
        DrawResults<Out> cut = new ParallelDrawRunner(2).run(3, 2000, (i, rng) -> {
            if (i == 500) {
                cancel.set(true);
            }
            return work(i, rng);
        }, cancel);
        assertThat(cut.partial()).isTrue();
        assertThat(cut.requested()).isEqualTo(2000);
        assertThat(cut.completed()).isLessThan(2000).isGreaterThan(0);
        assertThat(cut.results()).isEqualTo(full.results().subList(0, cut.completed()));
    }

    @Test
    void aFailingDrawPropagatesItsException() {
        assertThatThrownBy(() -> new ParallelDrawRunner(2).run(1, 100, (i, rng) -> {
            if (i == 37) {
                throw new IllegalStateException("draw 37 broke");
            }
            return i;
        })).isInstanceOf(IllegalStateException.class).hasMessage("draw 37 broke");
        assertThatThrownBy(() -> new ParallelDrawRunner(0)).hasMessageContaining("threads = 0");
    }
}
