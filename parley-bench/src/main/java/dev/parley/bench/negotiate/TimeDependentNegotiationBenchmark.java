package dev.parley.bench.negotiate;

import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.negotiate.NegotiationSettings;
import dev.parley.engine.negotiate.StackedAlternatingOffers;
import dev.parley.engine.negotiate.TabulatedNoDealValues;
import dev.parley.engine.negotiate.TimeDependentConcession;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Goal (issue 5): at least 10^6 offer evaluations per second per core for time-dependent agents on a 10^4-outcome
 * domain. The domain: 4 issues × 10 options, two parties with seeded random additive utilities (normalised weights,
 * values uniform in [0,1]), fixed reservation values 0.3. One invocation = one whole negotiation (Boulware e = 0.2
 * against Conceder e = 2, deadline 200 rounds, trace off, walk-out on). The auxiliary counters report the offer
 * evaluations (standing offers answered + candidate outcomes weighed by the frequency opponent model when choosing an
 * offer) and the turns, per second. Single-threaded.
 *
 * <p>{@code nearTieWindow}: 0 picks the first outcome at the target (no opponent-model scoring), 0.01 is the default.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TimeDependentNegotiationBenchmark {

    /** Per-iteration counters JMH turns into rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Work {
        public long offerEvaluations;
        public long turns;

        @Setup(Level.Iteration)
        public void clear() {
            offerEvaluations = 0;
            turns = 0;
        }
    }

    @Param({"0.01", "0.0"})
    public double nearTieWindow;

    private StackedAlternatingOffers protocol;
    private TabulatedNoDealValues reservation;

    @Setup
    public void setUp() {
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(10, 10, 10, 10);
        SplittableRandom rng = new SplittableRandom(42);
        List<AdditiveUtility> parties = List.of(random(space, rng), random(space, rng));
        NegotiationDomain domain = NegotiationDomain.of(parties, 2);
        protocol = new StackedAlternatingOffers(domain,
                NegotiationSettings.withDeadline(200).withTrace(false).withNearTieWindow(nearTieWindow));
        reservation = TabulatedNoDealValues.fixed(0.3, 0.3);
    }

    private static AdditiveUtility random(OutcomeSpace space, SplittableRandom rng) {
        double[] w = new double[space.issueCount()];
        double[][] v = new double[w.length][];
        for (int k = 0; k < w.length; k++) {
            w[k] = rng.nextDouble();
            v[k] = new double[space.optionCount(k)];
            for (int o = 0; o < v[k].length; o++) {
                v[k][o] = rng.nextDouble();
            }
        }
        return AdditiveUtility.normalised(space, w, v);
    }

    @Benchmark
    public NegotiationResult boulwareAgainstConceder(Work work) {
        NegotiationResult r = protocol.run(List.of(TimeDependentConcession.boulware(),
                TimeDependentConcession.conceder()), reservation);
        work.offerEvaluations += r.offerEvaluations();
        work.turns += r.turns();
        return r;
    }
}
