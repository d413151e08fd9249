package dev.parley.engine.durability;

/** Validation shared by the estimators: rows {@code (start, stop]} with an event flag. */
final class SurvivalRows {
    private SurvivalRows() {
    }

    static void check(double[] start, double[] stop, int[] event) {
        if (start.length != stop.length || event.length != stop.length) {
            throw new IllegalArgumentException("start, stop and event need one entry per row; got " + start.length
                    + ", " + stop.length + ", " + event.length);
        }
        if (stop.length == 0) {
            throw new IllegalArgumentException("no rows; give at least one spell");
        }
        for (int r = 0; r < stop.length; r++) {
            if (!(start[r] >= 0.0) || !(stop[r] > start[r]) || Double.isInfinite(stop[r])) {
                throw new IllegalArgumentException("row " + r + ": (start, stop] = (" + start[r] + ", " + stop[r]
                        + "] must satisfy 0 <= start < stop < infinity");
            }
            if (event[r] != 0 && event[r] != 1) {
                throw new IllegalArgumentException("row " + r + ": event = " + event[r]
                        + "; expected 1 (failure) or 0 (censored)");
            }
        }
    }

    /** The distinct failure times, sorted. */
    static double[] eventTimes(double[] stop, int[] event) {
        int d = 0;
        for (int e : event) {
            d += e;
        }
        double[] times = new double[d];
        int k = 0;
        for (int r = 0; r < stop.length; r++) {
            if (event[r] == 1) {
                times[k++] = stop[r];
            }
        }
        java.util.Arrays.sort(times);
        int distinct = 0;
        for (int i = 0; i < times.length; i++) {
            if (i == 0 || times[i] != times[distinct - 1]) {
                times[distinct++] = times[i];
            }
        }
        return java.util.Arrays.copyOf(times, distinct);
    }
}
