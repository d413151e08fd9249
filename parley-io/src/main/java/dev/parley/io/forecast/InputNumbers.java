package dev.parley.io.forecast;

/** Strict number parsing with located errors, shared by the forecast readers. */
final class InputNumbers {

    private InputNumbers() {
    }

    /**
     * Parses a finite decimal number.
     *
     * @param what  what the number is, e.g. {@code "position of actor 'A' on dimension 'Pstn1'"}
     * @param valid what would be valid, e.g. {@code "a number from 0 to 100"}
     */
    static double parse(String text, String source, int line, int column, String what, String valid) {
        if (text.isEmpty()) {
            throw new ForecastInputException(source, line, column, what + " is missing", valid);
        }
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ForecastInputException(source, line, column, what + " '" + text + "' is not a number", valid);
        }
        if (!Double.isFinite(v) || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new ForecastInputException(source, line, column, what + " '" + text + "' is not a plain decimal number",
                    valid);
        }
        return v;
    }

    /** Parses a number and checks {@code lo <= v <= hi}. */
    static double parseIn(String text, String source, int line, int column, String what, double lo, double hi) {
        String valid = "a number from " + plain(lo) + " to " + plain(hi);
        double v = parse(text, source, line, column, what, valid);
        if (v < lo || v > hi) {
            throw new ForecastInputException(source, line, column, what + " " + text + " is out of range", valid);
        }
        return v;
    }

    /** Parses a whole number and checks {@code lo <= v <= hi}. */
    static int parseInt(String text, String source, int line, int column, String what, int lo, int hi) {
        String valid = "a whole number from " + lo + " to " + hi;
        if (!text.matches("[+-]?\\d{1,9}")) {
            throw new ForecastInputException(source, line, column,
                    what + (text.isEmpty() ? " is missing" : " '" + text + "' is not a whole number"), valid);
        }
        int v = Integer.parseInt(text);
        if (v < lo || v > hi) {
            throw new ForecastInputException(source, line, column, what + " " + v + " is out of range", valid);
        }
        return v;
    }

    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
