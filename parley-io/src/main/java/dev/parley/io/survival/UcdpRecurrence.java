package dev.parley.io.survival;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Recurrence of fighting after UCDP terminations: the calibration targets of the durability model and a survival
 * view of the same episodes.
 */
public final class UcdpRecurrence {

    /**
     * How many of the terminations counted recurred.
     *
     * @param recurred the number that recurred within the window
     * @param episodes the number counted
     */
    public record Share(int recurred, int episodes) {
        /** recurred / episodes. */
        public double fraction() {
            return (double) recurred / episodes;
        }
    }

    private UcdpRecurrence() {
    }

    /**
     * Share of terminations with the given outcome, in years up to {@code lastTerminationYear} (so that the window is
     * observed), after which the same dyad is active again within {@code withinYears} years — the method of
     * reference/conflict-models.md §2.3.
     */
    public static Share share(List<UcdpTermination> terminations, int outcome, int withinYears,
                              int lastTerminationYear) {
        int n = 0;
        int recurred = 0;
        for (UcdpTermination t : terminations) {
            if (t.outcome() == outcome && t.year() <= lastTerminationYear) {
                n++;
                if (t.recurredWithin(withinYears)) {
                    recurred++;
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no terminations with outcome " + outcome + " up to "
                    + lastTerminationYear + "; UCDP outcomes are 1..6");
        }
        return new Share(recurred, n);
    }

    /**
     * One survival row per termination whose outcome passes the filter: time = years from the termination year to
     * the next active year (event) or to the file's last year (censored); terminations in the file's last year carry
     * no follow-up and are left out. Covariates are 0/1 indicators, one per listed outcome code ("outcome1", ...).
     */
    public static SurvivalData survival(List<UcdpTermination> terminations, IntPredicate include,
                                        int... indicatorOutcomes) {
        List<double[]> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (UcdpTermination t : terminations) {
            if (!include.test(t.outcome())) {
                continue;
            }
            boolean event = t.nextActiveYear() > 0;
            double time = event ? t.nextActiveYear() - t.year() : t.lastObservedYear() - t.year();
            if (time <= 0) {
                continue;
            }
            double[] row = new double[2 + indicatorOutcomes.length];
            row[0] = time;
            row[1] = event ? 1 : 0;
            for (int k = 0; k < indicatorOutcomes.length; k++) {
                row[2 + k] = t.outcome() == indicatorOutcomes[k] ? 1.0 : 0.0;
            }
            rows.add(row);
            ids.add(t.dyadEpisode() + "@" + t.year());
        }
        int n = rows.size();
        double[] start = new double[n];
        double[] stop = new double[n];
        int[] event = new int[n];
        double[][] x = new double[n][indicatorOutcomes.length];
        for (int r = 0; r < n; r++) {
            double[] row = rows.get(r);
            stop[r] = row[0];
            event[r] = (int) row[1];
            System.arraycopy(row, 2, x[r], 0, indicatorOutcomes.length);
        }
        List<String> names = new ArrayList<>();
        for (int code : indicatorOutcomes) {
            names.add("outcome" + code);
        }
        return new SurvivalData("UCDP termination v2-2015", names, start, stop, event, x, ids);
    }
}
