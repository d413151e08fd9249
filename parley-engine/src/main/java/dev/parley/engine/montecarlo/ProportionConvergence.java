package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;

/**
 * How the interval of a headline proportion narrows with the number of draws (DESIGN.md §4.7): its estimate and
 * Wilson interval on the first N/8, N/4, N/2 and N draws (prefixes in draw order, so the figures do not depend on
 * the thread count). The half-width should roughly halve from N/4 to N (it scales as 1/√n).
 */
public final class ProportionConvergence {

    /** The proportion on the first {@code draws} draws. */
    public record Step(int draws, double estimate, double low, double high) {

        public double halfWidth() {
            return (high - low) / 2;
        }
    }

    private ProportionConvergence() {
    }

    public static List<Step> of(boolean[] outcomes, double level) {
        int n = outcomes.length;
        List<Step> steps = new ArrayList<>();
        for (int divisor : new int[] {8, 4, 2, 1}) {
            int m = n / divisor;
            if (m == 0 || (!steps.isEmpty() && steps.get(steps.size() - 1).draws() == m)) {
                continue;
            }
            long s = 0;
            for (int i = 0; i < m; i++) {
                if (outcomes[i]) {
                    s++;
                }
            }
            ProportionSummary p = new ProportionSummary(s, m);
            double[] ci = p.interval(level);
            steps.add(new Step(m, p.estimate(), ci[0], ci[1]));
        }
        return List.copyOf(steps);
    }
}
