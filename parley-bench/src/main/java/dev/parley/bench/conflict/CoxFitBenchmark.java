package dev.parley.bench.conflict;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import dev.parley.engine.durability.CoxFit;
import dev.parley.engine.durability.CoxProportionalHazardsFit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Cox fit (Efron ties) on seeded synthetic counting-process data: two rows per spell, 3 covariates, yearly ties. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoxFitBenchmark {
    @Param({"1000", "10000"})
    public int spells;

    private double[] start;
    private double[] stop;
    private int[] event;
    private double[][] x;

    @Setup
    public void setUp() {
        SplittableRandom rng = new SplittableRandom(2026);
        int n = 2 * spells;
        start = new double[n];
        stop = new double[n];
        event = new int[n];
        x = new double[n][3];
        for (int i = 0; i < spells; i++) {
            double z0 = rng.nextDouble();
            double z1 = rng.nextInt(2);
            double rate = 0.1 * Math.exp(0.5 * z0 - 0.7 * z1);
            double t = Math.ceil(-Math.log(rng.nextDouble()) / rate);
            double censor = 1 + rng.nextInt(20);
            double end = Math.min(t, censor);
            double cut = end > 1 ? Math.floor(end / 2) : end / 2;
            int e = t <= censor ? 1 : 0;
            fill(2 * i, 0, cut, 0, z0, z1, 0);
            fill(2 * i + 1, cut, end, e, z0, z1, 1);
        }
    }

    private void fill(int r, double a, double b, int e, double z0, double z1, double z2) {
        start[r] = a;
        stop[r] = b;
        event[r] = e;
        x[r][0] = z0;
        x[r][1] = z1;
        x[r][2] = z2;
    }

    @Benchmark
    public CoxFit efron() {
        return new CoxProportionalHazardsFit(CoxProportionalHazardsFit.Ties.EFRON).fit(start, stop, event, x);
    }
}
