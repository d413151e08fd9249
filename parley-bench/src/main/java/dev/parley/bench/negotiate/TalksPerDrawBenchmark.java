package dev.parley.bench.negotiate;

import dev.parley.engine.negotiate.BatnaAware;
import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.negotiate.NegotiationSettings;
import dev.parley.engine.negotiate.StackedAlternatingOffers;
import dev.parley.engine.negotiate.TabulatedNoDealValues;
import dev.parley.engine.negotiate.TimeDependentConcession;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The negotiation work of one Monte Carlo draw of a scenario the size of ukraine-2025: 32,724 outcomes (issues of
 * 4, 3, 3, 3, 3 and 101 options, the scenario's product), two parties at the table and one ratifier with seeded random
 * additive utilities, one red line each. Single-threaded; time per invocation. {@code values}: {@code continuous}
 * draws weights and option values uniformly; {@code grid} rounds values to steps of 0.05 and weights to 0.01, so that
 * like the scenario's utilities (21,816 allowed outcomes, about 1,700 distinct utilities per decider) many outcomes
 * tie.
 *
 * <ul>
 *   <li>{@code domain}: {@link NegotiationDomain#of(List, int, List)}, the enumeration and the red-line mask;</li>
 *   <li>{@code protocol}: {@link StackedAlternatingOffers}'s constructor, which sorts each party's outcomes by its
 *       utility;</li>
 *   <li>{@code talks}: 36 monthly rounds of BATNA-aware Boulware parties (the scenario's strategies) with every W
 *       moving each month, so the walk-out bound (each party's best outcome the others accept) is found every
 *       month; W rises from 0.30 to 0.48 (ratifier 0.20 to 0.38), trace off.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class TalksPerDrawBenchmark {
    private static final int MONTHS = 36;

    @Param({"continuous", "grid"})
    public String values;

    private List<AdditiveUtility> deciders;
    private List<RedLines> redLines;
    private NegotiationDomain domain;
    private NegotiationSettings settings;
    private StackedAlternatingOffers protocol;
    private TabulatedNoDealValues noDeal;

    @Setup
    public void setUp() {
        OutcomeSpace space = OutcomeSpace.ofOptionCounts(4, 3, 3, 3, 3, 101);
        SplittableRandom rng = new SplittableRandom(20250120);
        deciders = new ArrayList<>();
        redLines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            deciders.add(random(space, rng, values.equals("grid")));
            boolean[][] forbidden = new boolean[space.issueCount()][];
            for (int k = 0; k < forbidden.length; k++) {
                forbidden[k] = new boolean[space.optionCount(k)];
            }
            forbidden[i][0] = true;
            redLines.add(RedLines.of(space, forbidden));
        }
        domain = NegotiationDomain.of(deciders, 2, redLines);
        settings = NegotiationSettings.withDeadline(MONTHS).withTrace(false);
        protocol = new StackedAlternatingOffers(domain, settings);
        double[][] w = new double[3][MONTHS];
        for (int t = 0; t < MONTHS; t++) {
            w[0][t] = 0.30 + 0.005 * t;
            w[1][t] = 0.30 + 0.005 * t;
            w[2][t] = 0.20 + 0.005 * t;
        }
        noDeal = new TabulatedNoDealValues(w, null);
    }

    private static AdditiveUtility random(OutcomeSpace space, SplittableRandom rng, boolean grid) {
        double[] w = new double[space.issueCount()];
        double[][] v = new double[w.length][];
        for (int k = 0; k < w.length; k++) {
            w[k] = 0.05 + rng.nextDouble();
            w[k] = grid ? Math.round(w[k] * 100) / 100.0 : w[k];
            v[k] = new double[space.optionCount(k)];
            for (int o = 0; o < v[k].length; o++) {
                v[k][o] = rng.nextDouble();
                v[k][o] = grid ? Math.round(v[k][o] * 20) / 20.0 : v[k][o];
            }
        }
        return AdditiveUtility.normalised(space, w, v);
    }

    @Benchmark
    public NegotiationDomain domain() {
        return NegotiationDomain.of(deciders, 2, redLines);
    }

    @Benchmark
    public StackedAlternatingOffers protocol() {
        return new StackedAlternatingOffers(domain, settings);
    }

    @Benchmark
    public NegotiationResult talks() {
        return protocol.run(List.of(new BatnaAware(TimeDependentConcession.boulware()),
                new BatnaAware(TimeDependentConcession.boulware())), noDeal);
    }
}
