package dev.parley.io.forecast;

import dev.parley.io.forecast.DelimitedLine.Field;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the actor CSV of the BDM/Scholz expected-utility programs ({@code jmckib} and {@code dmasad}
 * {@code bdm-scholz-expected-utility-model}, e.g. {@code ExampleActors.csv}): a header naming the columns
 * {@code Actor}, {@code Capability}, {@code Position} and {@code Salience} in any order (matched without regard to
 * case, as Python's {@code csv.DictReader} keys them by header), then one actor per line. Capability must be
 * non-negative, salience in [0, 1], position any finite number; names unique; at least 2 actors.
 *
 * <p>The result has one dimension named after the file's position column, on the scale [min, max] of the
 * positions (widened by 1 when all positions coincide, since the file gives no scale).
 */
public final class BdmCsvReader {

    private static final List<String> COLUMNS = List.of("actor", "capability", "position", "salience");

    /** Reads a file (UTF-8). */
    public ForecastProblem read(Path file) {
        return read(DelimitedLine.readUtf8(file), file.toString());
    }

    /** Parses CSV text; {@code source} names it in error messages and becomes the problem's name. */
    public ForecastProblem read(String text, String source) {
        String[] lines = DelimitedLine.lines(text);
        int last = DelimitedLine.withoutTrailingBlanks(lines);
        if (last < 1) {
            throw new ForecastInputException(source, 1, 0, "file is empty",
                    "a header line Actor,Capability,Position,Salience then one line per actor");
        }
        List<Field> header = DelimitedLine.split(lines[0], ',', source, 1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.get(i).text().toLowerCase(Locale.ROOT);
            if (col.putIfAbsent(key, i) != null && COLUMNS.contains(key)) {
                throw new ForecastInputException(source, 1, header.get(i).column(), "column '" + header.get(i).text()
                        + "' appears twice", "each of Actor, Capability, Position, Salience once");
            }
        }
        for (String c : COLUMNS) {
            if (!col.containsKey(c)) {
                throw new ForecastInputException(source, 1, 0, "header has no '" + capitalise(c) + "' column",
                        "a header naming Actor, Capability, Position and Salience");
            }
        }
        String positionName = header.get(col.get("position")).text();
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int l = 1; l < last; l++) {
            int lineNo = l + 1;
            if (lines[l].isBlank()) {
                throw new ForecastInputException(source, lineNo, 0, "blank line between actors",
                        "one actor per line, no blank lines");
            }
            List<Field> f = DelimitedLine.split(lines[l], ',', source, lineNo);
            if (f.size() != header.size()) {
                throw new ForecastInputException(source, lineNo, f.size() > header.size()
                        ? f.get(header.size()).column() : 0, "line has " + f.size() + " fields",
                        "the header has " + header.size());
            }
            Field nameField = f.get(col.get("actor"));
            String name = nameField.text();
            if (name.isEmpty()) {
                throw new ForecastInputException(source, lineNo, nameField.column(), "actor name is empty",
                        "a non-empty name");
            }
            Integer before = seen.put(name, lineNo);
            if (before != null) {
                throw new ForecastInputException(source, lineNo, nameField.column(), "actor '" + name
                        + "' appears again", "names must be unique; first on line " + before);
            }
            Field c = f.get(col.get("capability"));
            Field x = f.get(col.get("position"));
            Field s = f.get(col.get("salience"));
            double cap = InputNumbers.parse(c.text(), source, lineNo, c.column(), "capability of '" + name + "'",
                    "a number >= 0");
            if (cap < 0) {
                throw new ForecastInputException(source, lineNo, c.column(), "capability of '" + name + "' "
                        + c.text() + " is negative", "a number >= 0");
            }
            double pos = InputNumbers.parse(x.text(), source, lineNo, x.column(), "position of '" + name + "'",
                    "a finite number");
            double sal = InputNumbers.parseIn(s.text(), source, lineNo, s.column(), "salience of '" + name + "'", 0, 1);
            names.add(name);
            values.add(new double[] {cap, pos, sal});
        }
        if (names.size() < 2) {
            throw new ForecastInputException(source, last + 1, 0, "found " + names.size() + " actors",
                    "the model needs at least 2 actors");
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : values) {
            lo = Math.min(lo, v[1]);
            hi = Math.max(hi, v[1]);
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        List<ForecastActor> actors = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double[] v = values.get(i);
            actors.add(ForecastActor.of(names.get(i), v[0], v[1], v[2]));
        }
        return new ForecastProblem(source, "", List.of(new ForecastDimension(positionName, lo, hi)), actors);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
