package dev.parley.io.scenario;

import java.nio.file.Path;

/**
 * One problem (or note) found in a scenario file, printed as {@code file:line:col: path: message (hint)}. Line and
 * column are 1-based; 0 means unknown. {@code path} is the place in the scenario tree ({@code actors[2].role}),
 * empty for the whole file.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String path, String message,
        String hint) {

    /** Errors stop loading; notes (e.g. normalised weights) are shown by {@code validate} and {@code info}. */
    public enum Severity {
        ERROR, NOTE
    }

    public Diagnostic {
        path = path == null ? "" : path;
        hint = hint == null ? "" : hint;
    }

    public static Diagnostic error(Path file, Location at, String path, String message, String hint) {
        return new Diagnostic(Severity.ERROR, file, at.line(), at.column(), path, message, hint);
    }

    public static Diagnostic note(Path file, Location at, String path, String message) {
        return new Diagnostic(Severity.NOTE, file, at.line(), at.column(), path, message, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The one-line form: {@code file:line:col: path: message (hint)}; notes are prefixed with {@code note: }. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ");
        if (severity == Severity.NOTE) {
            out.append("note: ");
        }
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        out.append(message);
        if (!hint.isEmpty()) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
