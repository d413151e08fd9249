package dev.parley.io.survival;

/**
 * Bad survival input: names the file, the line (1-based) and column (1-based, 0 when the problem is the whole
 * line), what is wrong and what would be valid.
 */
public final class SurvivalDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public SurvivalDataException(String file, int line, int column, String problem) {
        super(file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file (or source name) read. */
    public String file() {
        return file;
    }

    /** The 1-based line. */
    public int line() {
        return line;
    }

    /** The 1-based column (0 when not about one field). */
    public int column() {
        return column;
    }
}
