package dev.parley.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter ({@code label: k/n}) rewritten in place with carriage returns, for long runs. It
 * writes only when enabled — the commands enable it when a person is watching ({@code System.console() != null}),
 * so that redirected output and logs stay clean.
 */
final class ProgressLine {

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final int total;
    private int done;
    private int shownPercent = -1;

    ProgressLine(PrintWriter err, boolean enabled, String label, int total) {
        this.err = err;
        this.enabled = enabled && total > 0;
        this.label = label;
        this.total = total;
    }

    /** Counts one unit of work; redraws when the whole percentage changes. */
    void step() {
        done++;
        if (!enabled) {
            return;
        }
        int percent = (int) (100L * done / total);
        if (percent != shownPercent) {
            shownPercent = percent;
            err.print("\r" + label + ": " + done + "/" + total + " (" + percent + " %)");
            err.flush();
        }
    }

    /** Clears the line. */
    void finish() {
        if (enabled && shownPercent >= 0) {
            int width = label.length() + 2 * String.valueOf(total).length() + 12;
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    int done() {
        return done;
    }
}
