package dev.parley.engine.bargain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both lexicographic index sorts against {@link Arrays#sort(Object[], Comparator)} with the order written out
 * independently (each party's {@link Double#compare}, descending, then the index ascending), on seeded inputs with
 * exact ties, signed zeros and infinities, and on the interleaved candidate numbering of the per-issue merge.
 */
class IndexSortTest {

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    private static Integer[] reference(int[] idx, double[][] u) {
        Integer[] boxed = Arrays.stream(idx).boxed().toArray(Integer[]::new);
        Comparator<Integer> order = (x, y) -> {
            for (double[] c : u) {
                int r = Double.compare(c[y], c[x]);
                if (r != 0) {
                    return r;
                }
            }
            return Integer.compare(x, y);
        };
        Arrays.sort(boxed, order);
        return boxed;
    }

    private static int[] unboxed(Integer[] boxed) {
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static double value(SplittableRandom rng) {
        switch (rng.nextInt(8)) {
            case 0:
                return 0.0;
            case 1:
                return -0.0;
            case 2:
                return rng.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 3:
                return rng.nextInt(3) - 1.0;
            default:
                return rng.nextInt(7) / 4.0 - 0.5;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sortsArbitraryIndicesIntoTheLexicographicDescendingOrder(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int k = 1 + rng.nextInt(4);
        int n = rng.nextInt(300);
        double[][] u = new double[k][n];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                u[i][j] = value(rng);
            }
        }
        // a random subset in random order, as the sweeps pass their candidates
        int[] idx = LongStream.range(0, n).filter(j -> rng.nextInt(4) != 0).mapToInt(j -> (int) j).toArray();
        for (int t = idx.length - 1; t > 0; t--) {
            int s = rng.nextInt(t + 1);
            int tmp = idx[t];
            idx[t] = idx[s];
            idx[s] = tmp;
        }
        Integer[] expected = reference(idx, u);

        int[] plain = idx.clone();
        IndexSort.sortLexicographicDescending(plain, 0, plain.length, u);
        assertThat(plain).containsExactly(unboxed(expected));

        int[] interleaved = idx.clone();
        IndexSort.sortLexicographicDescending(interleaved, 0, interleaved.length, u, 1 + rng.nextInt(12));
        assertThat(interleaved).containsExactly(unboxed(expected));
    }

    /**
     * Candidates numbered as the merge numbers them: point j of a sorted previous level extended by option a is
     * {@code j·options + a}, so each option's candidates are one nearly sorted run (rounding ties break it).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void sortsInterleavedMergeCandidatesIntoTheSameOrder(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int k = 2 + rng.nextInt(2);
        int prev = 1 + rng.nextInt(80);
        int options = 1 + rng.nextInt(40);
        double[][] previous = new double[k][prev];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < prev; j++) {
                previous[i][j] = rng.nextInt(10) * 0.1 + rng.nextInt(3) * 0.0025;
            }
        }
        // the previous level's points in their frontier order (lexicographic descending)
        int[] order = unboxed(reference(LongStream.range(0, prev).mapToInt(j -> (int) j).toArray(), previous));
        double[][] u = new double[k][prev * options];
        for (int i = 0; i < k; i++) {
            double[] contribution = new double[options];
            for (int a = 0; a < options; a++) {
                contribution[a] = rng.nextInt(5) * 0.05 + a * (i == 0 ? 0.0025 : -0.003);
            }
            for (int j = 0; j < prev; j++) {
                for (int a = 0; a < options; a++) {
                    u[i][j * options + a] = previous[i][order[j]] + contribution[a];
                }
            }
        }
        // the survivors of a pre-filter, ascending, as the sweeps receive them
        int[] idx = LongStream.range(0, (long) prev * options).filter(j -> rng.nextInt(5) != 0)
                .mapToInt(j -> (int) j).toArray();
        int[] sorted = idx.clone();
        IndexSort.sortLexicographicDescending(sorted, 0, sorted.length, u, options);
        assertThat(sorted).containsExactly(unboxed(reference(idx, u)));
    }
}
