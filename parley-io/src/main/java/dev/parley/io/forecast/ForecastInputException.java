package dev.parley.io.forecast;

import dev.parley.io.InputFormatException;

/**
 * Bad forecast input (KTAB CSV/XML, BDM CSV, DEU TSV): where (source, 1-based line, 1-based column or 0 when not
 * applicable), what is wrong and what would be valid. The message reads {@code file:line:col: problem (hint)}.
 */
public final class ForecastInputException extends InputFormatException {

    private static final long serialVersionUID = 1L;

    public ForecastInputException(String source, int line, int column, String problem, String hint) {
        super(source, line, column, problem, hint);
    }
}
