package dev.parley.io;

/**
 * Bad input in a file Parley reads (other than a scenario, which reports through {@code ScenarioException}):
 * where it is (source, 1-based line and column; 0 or less when unknown), what is wrong and what would be valid.
 * The message reads {@code file:line:col: problem (hint)}, one line, for the command line to print as it is.
 */
public class InputFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String problem;
    private final String hint;

    protected InputFormatException(String source, int line, int column, String problem, String hint) {
        super(format(source, line, column, problem, hint));
        this.source = source;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint == null ? "" : hint;
    }

    /** The one-line form {@code file:line:col: problem (hint)}; line and column are left out when unknown. */
    public static String format(String source, int line, int column, String problem, String hint) {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ").append(problem);
        if (hint != null && !hint.isEmpty()) {
            b.append(" (").append(hint).append(')');
        }
        return b.toString();
    }

    /** @return the file or stream name */
    public String source() {
        return source;
    }

    /** @return the 1-based line, 0 or less when unknown */
    public int line() {
        return line;
    }

    /** @return the 1-based column, 0 or less when not applicable */
    public int column() {
        return column;
    }

    /** @return what is wrong */
    public String problem() {
        return problem;
    }

    /** @return what would be valid, empty when the problem says it all */
    public String hint() {
        return hint;
    }
}
