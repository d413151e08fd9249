package dev.parley.io.survival;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads survival data from CSV with a header row. Recognised columns (case-insensitive):
 * <ul>
 *   <li>{@code time} — one row per spell (start = 0), or {@code start} and {@code stop} — counting-process rows
 *       {@code (start, stop]} for time-varying covariates;</li>
 *   <li>{@code event} — 1 failure, 0 censored (also accepted: true/false);</li>
 *   <li>{@code id} — optional spell identifier, kept as text;</li>
 *   <li>every other column is a numeric covariate.</li>
 * </ul>
 * Every problem is reported as a {@link SurvivalDataException} naming file, line, column and the valid form.
 */
public final class SurvivalCsvReader {

    /** Reads a UTF-8 file. */
    public SurvivalData read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads CSV text; {@code source} names it in error messages. */
    public SurvivalData read(Reader reader, String source) {
        CsvRows csv = CsvRows.read(reader, source);
        if (csv.rows.isEmpty()) {
            throw new SurvivalDataException(source, 1, 0,
                    "empty file; expected a header such as 'time,event,x1' or 'id,start,stop,event,x1'");
        }
        String[] header = csv.rows.get(0);
        int headerLine = csv.lines.get(0);
        int time = -1;
        int start = -1;
        int stop = -1;
        int event = -1;
        int id = -1;
        List<Integer> covariateColumns = new ArrayList<>();
        List<String> covariateNames = new ArrayList<>();
        for (int c = 0; c < header.length; c++) {
            String name = header[c].trim();
            switch (name.toLowerCase(Locale.ROOT)) {
                case "time" -> time = c;
                case "start" -> start = c;
                case "stop" -> stop = c;
                case "event" -> event = c;
                case "id" -> id = c;
                default -> {
                    if (name.isEmpty()) {
                        throw new SurvivalDataException(source, headerLine, c + 1,
                                "empty column name; every column needs a name");
                    }
                    if (covariateNames.contains(name)) {
                        throw new SurvivalDataException(source, headerLine, c + 1,
                                "duplicate column '" + name + "'; column names must be unique");
                    }
                    covariateColumns.add(c);
                    covariateNames.add(name);
                }
            }
        }
        String columns = String.join(",", header);
        if (event < 0) {
            throw new SurvivalDataException(source, headerLine, 0, "no 'event' column in header '" + columns
                    + "'; expected 'time,event,...' or 'start,stop,event,...'");
        }
        if (time >= 0 && (start >= 0 || stop >= 0)) {
            throw new SurvivalDataException(source, headerLine, 0, "header '" + columns
                    + "' has both 'time' and 'start'/'stop'; use 'time' for one row per spell or 'start,stop' for "
                    + "counting-process rows, not both");
        }
        if (time < 0 && (start < 0 || stop < 0)) {
            throw new SurvivalDataException(source, headerLine, 0, "header '" + columns
                    + "' needs a 'time' column, or both 'start' and 'stop'");
        }
        int n = csv.rows.size() - 1;
        double[] starts = new double[n];
        double[] stops = new double[n];
        int[] events = new int[n];
        double[][] x = new double[n][covariateColumns.size()];
        List<String> ids = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            String[] row = csv.rows.get(r + 1);
            int line = csv.lines.get(r + 1);
            if (row.length != header.length) {
                throw new SurvivalDataException(source, line, 0, "has " + row.length + " fields but the header has "
                        + header.length + " (" + columns + ")");
            }
            if (time >= 0) {
                starts[r] = 0.0;
                stops[r] = number(row, time, header, source, line);
                if (!(stops[r] > 0.0)) {
                    throw new SurvivalDataException(source, line, time + 1, "time = " + row[time]
                            + " must be > 0 (a spell of length 0 carries no information)");
                }
            } else {
                starts[r] = number(row, start, header, source, line);
                stops[r] = number(row, stop, header, source, line);
                if (!(starts[r] >= 0.0)) {
                    throw new SurvivalDataException(source, line, start + 1, "start = " + row[start] + " must be >= 0");
                }
                if (!(stops[r] > starts[r])) {
                    throw new SurvivalDataException(source, line, stop + 1, "stop = " + row[stop]
                            + " must be greater than start = " + row[start] + " (rows cover (start, stop])");
                }
            }
            events[r] = eventValue(row[event].trim(), source, line, event + 1);
            for (int k = 0; k < covariateColumns.size(); k++) {
                x[r][k] = number(row, covariateColumns.get(k), header, source, line);
            }
            ids.add(id >= 0 ? row[id].trim() : Integer.toString(r + 1));
        }
        return new SurvivalData(source, covariateNames, starts, stops, events, x, ids);
    }

    private static double number(String[] row, int column, String[] header, String source, int line) {
        String text = row[column].trim();
        if (text.isEmpty()) {
            throw new SurvivalDataException(source, line, column + 1, "empty '" + header[column].trim()
                    + "'; expected a number (missing values are not allowed — drop the row or impute)");
        }
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new SurvivalDataException(source, line, column + 1, "'" + header[column].trim() + "' = '" + text
                    + "' is not a finite number; expected e.g. 3.5");
        }
    }

    private static int eventValue(String text, String source, int line, int column) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "1.0", "true" -> {
                return 1;
            }
            case "0", "0.0", "false" -> {
                return 0;
            }
            default -> throw new SurvivalDataException(source, line, column, "event = '" + text
                    + "'; expected 1 (failure) or 0 (censored)");
        }
    }
}
