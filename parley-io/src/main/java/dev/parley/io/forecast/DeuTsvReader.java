package dev.parley.io.forecast;

import dev.parley.io.forecast.DelimitedLine.Field;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastCase;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads DEU III data in the tab-separated layout of {@code blksv/predictioneers_game:deu3.csv} (Arregui &amp;
 * Perarnaud 2021): line 1 the column header; line 2 one capability per actor position column (the other fields
 * empty); then one issue per line. Actor columns are found by pairs {@code p<code>}/{@code s<code>} (position and
 * salience on 0–100, e.g. {@code pcom}/{@code scom}); {@code isnr} identifies the issue and {@code out} is the
 * outcome (0–100).
 *
 * <p>Each issue becomes a one-dimensional {@link ForecastCase} on the scale 0–100 with the actors that state a
 * position. Choices, each reported in {@link Result#notes()}: issues without an outcome are skipped (the copying
 * repository blanked invalid outcomes); an actor with a position but no salience gets the mean salience of the
 * issue's other actors; saliences are divided by 100.
 */
public final class DeuTsvReader {

    /**
     * The cases read and what was skipped or filled in.
     *
     * @param cases one per issue with an outcome
     * @param notes human-readable notes, each starting with {@code source:line:}
     */
    public record Result(List<ForecastCase> cases, List<String> notes) {
    }

    /** Reads a file (UTF-8). */
    public Result read(Path file) {
        return read(DelimitedLine.readUtf8(file), file.toString());
    }

    /** Parses TSV text; {@code source} names it in messages. */
    public Result read(String text, String source) {
        String[] lines = DelimitedLine.lines(text);
        int last = lines.length;
        while (last > 0 && lines[last - 1].isEmpty()) {
            last--;
        }
        if (last < 2) {
            throw new ForecastInputException(source, last + 1, 0, "missing " + (last == 0 ? "header" : "capability")
                    + " line", "line 1: column names; line 2: capabilities; then one issue per line");
        }
        List<Field> header = DelimitedLine.split(lines[0], '\t', source, 1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (col.putIfAbsent(header.get(i).text(), i) != null) {
                throw new ForecastInputException(source, 1, header.get(i).column(), "column '" + header.get(i).text()
                        + "' appears twice", "unique column names");
            }
        }
        for (String required : List.of("isnr", "out")) {
            if (!col.containsKey(required)) {
                throw new ForecastInputException(source, 1, 0, "header has no '" + required + "' column",
                        "the DEU III columns, including isnr (issue) and out (outcome)");
            }
        }
        List<String> codes = new ArrayList<>();
        for (Field f : header) {
            String h = f.text();
            if (h.length() > 1 && h.charAt(0) == 'p' && col.containsKey("s" + h.substring(1))) {
                codes.add(h.substring(1));
            }
        }
        if (codes.isEmpty()) {
            throw new ForecastInputException(source, 1, 0, "no actor columns found",
                    "pairs of columns p<actor>/s<actor>, e.g. pcom and scom");
        }
        int width = header.size();
        List<Field> capLine = row(lines[1], source, 2, width);
        double[] cap = new double[codes.size()];
        for (int a = 0; a < codes.size(); a++) {
            Field f = capLine.get(col.get("p" + codes.get(a)));
            cap[a] = InputNumbers.parse(f.text(), source, 2, f.column(), "capability of actor '" + codes.get(a) + "'",
                    "a number > 0 under each position column on line 2");
            if (!(cap[a] > 0)) {
                throw new ForecastInputException(source, 2, f.column(), "capability of actor '" + codes.get(a) + "' "
                        + f.text() + " is not positive", "a number > 0");
            }
        }
        List<ForecastCase> cases = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        ForecastDimension scale = new ForecastDimension("position", 0, 100);
        for (int l = 2; l < last; l++) {
            int lineNo = l + 1;
            List<Field> f = row(lines[l], source, lineNo, width);
            Field idField = f.get(col.get("isnr"));
            String id = idField.text();
            if (id.isEmpty()) {
                throw new ForecastInputException(source, lineNo, idField.column(), "issue code (isnr) is empty",
                        "an issue code such as d00032i1");
            }
            Field outField = f.get(col.get("out"));
            if (outField.text().isEmpty()) {
                notes.add(source + ":" + lineNo + ": issue " + id + " skipped: no outcome");
                continue;
            }
            double outcome = InputNumbers.parseIn(outField.text(), source, lineNo, outField.column(),
                    "outcome of issue " + id, 0, 100);
            List<String> names = new ArrayList<>();
            List<double[]> vals = new ArrayList<>();
            double salSum = 0;
            int salCount = 0;
            List<Integer> missingSal = new ArrayList<>();
            for (int a = 0; a < codes.size(); a++) {
                Field p = f.get(col.get("p" + codes.get(a)));
                if (p.text().isEmpty()) {
                    continue;
                }
                double x = InputNumbers.parseIn(p.text(), source, lineNo, p.column(),
                        "position of '" + codes.get(a) + "' on issue " + id, 0, 100);
                Field s = f.get(col.get("s" + codes.get(a)));
                double sal = Double.NaN;
                if (s.text().isEmpty()) {
                    missingSal.add(names.size());
                } else {
                    sal = InputNumbers.parseIn(s.text(), source, lineNo, s.column(),
                            "salience of '" + codes.get(a) + "' on issue " + id, 0, 100) / 100.0;
                    salSum += sal;
                    salCount++;
                }
                names.add(codes.get(a));
                vals.add(new double[] {cap[a], x, sal});
            }
            if (names.isEmpty()) {
                notes.add(source + ":" + lineNo + ": issue " + id + " skipped: no actor states a position");
                continue;
            }
            for (int k : missingSal) {
                double fill = salCount > 0 ? salSum / salCount : 0.5;
                vals.get(k)[2] = fill;
                notes.add(source + ":" + lineNo + ": issue " + id + ": actor " + names.get(k)
                        + " has a position but no salience; used the issue's mean salience " + fill);
            }
            List<ForecastActor> actors = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                double[] v = vals.get(k);
                actors.add(ForecastActor.of(names.get(k), v[0], v[1], v[2]));
            }
            cases.add(new ForecastCase(id, new ForecastProblem(id, "", List.of(scale), actors),
                    new double[] {outcome}));
        }
        return new Result(List.copyOf(cases), List.copyOf(notes));
    }

    private static List<Field> row(String line, String source, int lineNo, int width) {
        List<Field> f = DelimitedLine.split(line, '\t', source, lineNo);
        if (f.size() != width) {
            throw new ForecastInputException(source, lineNo, f.size() > width ? f.get(width).column() : 0,
                    "line has " + f.size() + " tab-separated fields", "the header has " + width);
        }
        return f;
    }
}
