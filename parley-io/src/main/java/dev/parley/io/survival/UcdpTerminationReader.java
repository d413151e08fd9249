package dev.parley.io.survival;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the UCDP Conflict Termination dataset, dyadic version 2-2015 (one row per dyad and active year; Kreutz
 * 2010, Journal of Peace Research 47(2); CC BY 4.0), and returns its terminations ({@code Dyadterm = 1}) with the
 * dyad's next active year. Only the columns {@code DyadId, DyadEp, Year, Dyadterm, Outcome, TypeOfConflict} are
 * used; {@code Outcome} may be empty or "." (not coded → 0).
 */
public final class UcdpTerminationReader {
    private static final String[] REQUIRED = {"DyadId", "DyadEp", "Year", "Dyadterm", "Outcome", "TypeOfConflict"};

    /** Reads a UTF-8 file. */
    public List<UcdpTermination> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads CSV text; {@code source} names it in error messages. */
    public List<UcdpTermination> read(Reader reader, String source) {
        CsvRows csv = CsvRows.read(reader, source);
        if (csv.rows.isEmpty()) {
            throw new SurvivalDataException(source, 1, 0, "empty file; expected the UCDP dyadic termination CSV");
        }
        String[] header = csv.rows.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < header.length; c++) {
            index.put(header[c].trim(), c);
        }
        int[] col = new int[REQUIRED.length];
        for (int k = 0; k < REQUIRED.length; k++) {
            Integer c = index.get(REQUIRED[k]);
            if (c == null) {
                throw new SurvivalDataException(source, csv.lines.get(0), 0, "no '" + REQUIRED[k]
                        + "' column; expected the UCDP Conflict Termination dyadic v2-2015 header with "
                        + String.join(", ", REQUIRED));
            }
            col[k] = c;
        }
        Map<Integer, TreeSet<Integer>> activeYears = new HashMap<>();
        List<int[]> terminations = new ArrayList<>();
        List<String> episodes = new ArrayList<>();
        int lastYear = Integer.MIN_VALUE;
        for (int r = 1; r < csv.rows.size(); r++) {
            String[] row = csv.rows.get(r);
            int line = csv.lines.get(r);
            if (row.length != header.length) {
                throw new SurvivalDataException(source, line, 0, "has " + row.length + " fields but the header has "
                        + header.length);
            }
            int dyad = integer(row, col[0], "DyadId", source, line);
            int year = integer(row, col[2], "Year", source, line);
            lastYear = Math.max(lastYear, year);
            activeYears.computeIfAbsent(dyad, d -> new TreeSet<>()).add(year);
            String term = row[col[3]].trim();
            if (term.equals("1")) {
                int outcome = codeOrZero(row, col[4], "Outcome", source, line);
                int type = codeOrZero(row, col[5], "TypeOfConflict", source, line);
                terminations.add(new int[] {dyad, year, outcome, type});
                episodes.add(row[col[1]].trim());
            } else if (!term.isEmpty() && !term.equals("0") && !term.equals(".")) {
                throw new SurvivalDataException(source, line, col[3] + 1, "Dyadterm = '" + term
                        + "'; expected 1 (episode ends this year), 0, empty or '.'");
            }
        }
        List<UcdpTermination> out = new ArrayList<>(terminations.size());
        for (int k = 0; k < terminations.size(); k++) {
            int[] t = terminations.get(k);
            Integer next = activeYears.get(t[0]).higher(t[1]);
            out.add(new UcdpTermination(t[0], episodes.get(k), t[1], t[2], t[3], next == null ? -1 : next, lastYear));
        }
        return out;
    }

    private static int integer(String[] row, int column, String name, String source, int line) {
        String text = row[column].trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new SurvivalDataException(source, line, column + 1, name + " = '" + text
                    + "' is not an integer; expected e.g. 1997");
        }
    }

    private static int codeOrZero(String[] row, int column, String name, String source, int line) {
        String text = row[column].trim();
        if (text.isEmpty() || text.equals(".")) {
            return 0;
        }
        return integer(row, column, name, source, line);
    }
}
