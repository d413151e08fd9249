package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * How the interval of a headline proportion narrows with the number of draws (DESIGN.md §4.7): its estimate and
 * Wilson interval on the first N/8, N/4, N/2 and N draws (prefixes in draw order, so the figures do not depend on
 * the thread count). The half-width should roughly halve from N/4 to N (it scales as 1/√n).
 */
public final class ProportionConvergence {

    private ProportionConvergence() {
    }

    /** The prefixes used: N/8, N/4, N/2 and N (empty or repeated prefixes skipped). */
    static int[] prefixes(int n) {
        return java.util.stream.IntStream.of(n / 8, n / 4, n / 2, n).filter(m -> m > 0).distinct().toArray();
    }

    public static List<ConvergenceStep> of(boolean[] outcomes, double level) {
        int n = outcomes.length;
        List<ConvergenceStep> steps = new ArrayList<>();
        for (int m : prefixes(n)) {
            long s = 0;
            for (int i = 0; i < m; i++) {
                if (outcomes[i]) {
                    s++;
                }
            }
            ProportionSummary p = new ProportionSummary(s, m);
            double[] ci = p.interval(level);
            steps.add(new ConvergenceStep(m, p.estimate(), ci[0], ci[1]));
        }
        return List.copyOf(steps);
    }
}
