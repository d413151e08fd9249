package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * The survival curve of the agreements reached over a run (DESIGN.md §4.5 output, under uncertainty): month by month
 * after signing, the mean over agreed draws of each draw's P(no renewed war by m) — which is P(no renewed war by m |
 * agreement) — with the 90% normal interval of that mean, and the 5th and 95th percentiles of the draws' curves (how
 * far the uncertain parameters spread the curve). Built from per-month {@link MomentSummary} and
 * {@link ExactQuantiles}, so shards merge.
 *
 * @param months    0..H, H = the durability horizon
 * @param mean      mean survival per month
 * @param meanLow   lower 90% bound of the mean
 * @param meanHigh  upper 90% bound of the mean
 * @param drawP05   5th percentile of the draws' survival
 * @param drawP95   95th percentile
 * @param curves    agreed draws with a curve
 */
public record SurvivalBand(int[] months, double[] mean, double[] meanLow, double[] meanHigh, double[] drawP05,
                           double[] drawP95, int curves) {

    public static SurvivalBand of(List<DrawOutcome> draws) {
        List<double[]> curves = new ArrayList<>();
        for (DrawOutcome o : draws) {
            double[] s = o.talks().survival();
            if (o.agreed() && s.length > 0) {
                curves.add(s);
            }
        }
        int h = curves.stream().mapToInt(c -> c.length).min().orElse(0);
        int[] months = new int[h];
        double[] mean = new double[h];
        double[] lo = new double[h];
        double[] hi = new double[h];
        double[] p05 = new double[h];
        double[] p95 = new double[h];
        double[] column = new double[curves.size()];
        for (int m = 0; m < h; m++) {
            MomentSummary ms = MomentSummary.EMPTY;
            for (int d = 0; d < curves.size(); d++) {
                column[d] = curves.get(d)[m];
                ms = ms.add(column[d]);
            }
            ExactQuantiles q = ExactQuantiles.of(column);
            months[m] = m;
            mean[m] = ms.mean();
            double half = ms.n() < 2 ? 0 : MonteCarloSummary.Z90 * ms.standardError();
            lo[m] = Math.max(0, mean[m] - half);
            hi[m] = Math.min(1, mean[m] + half);
            p05[m] = q.quantile(0.05);
            p95[m] = q.quantile(0.95);
        }
        return new SurvivalBand(months, mean, lo, hi, p05, p95, curves.size());
    }

    public int size() {
        return months.length;
    }
}
