package dev.parley.io.forecast;

import dev.parley.io.forecast.DelimitedLine.Field;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabScenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a KTAB SMP scenario CSV ({@code lsyaseen/KTAB:examples/smp/libsrc/smpread.cpp}, {@code csvRead}):
 * <pre>
 * scenarioName, description, numActors, numDims[, …]
 * Actor, Description, Power, &lt;dim1 name&gt;, &lt;sal1 header&gt;, …
 * name, description, capability, pos1, sal1, pos2, sal2, …      (one line per actor; a trailing comma is fine)
 * </pre>
 * with KTAB's checks: 3 to 250 actors, at least one dimension, positions and saliences in [0, 100], total
 * salience per actor at most 100, capability in [0, 1e8), actor names of 1 to 25 characters, descriptions of at
 * most 256. We also reject duplicate actor names, missing or extra fields and extra actor lines. Positions stay
 * on the 0–100 scale; saliences are divided by 100.
 */
public final class KtabCsvReader {

    /** KTAB {@code Model::maxActNameLen}. */
    static final int MAX_NAME = 25;
    /** KTAB {@code Model::maxActDescLen}. */
    static final int MAX_DESCRIPTION = 256;
    /** KTAB {@code csvRead} sanity limit on capability. */
    static final double MAX_CAPABILITY = 1e8;

    /** Reads a file (UTF-8). */
    public KtabScenario read(Path file) {
        return read(DelimitedLine.readUtf8(file), file.toString());
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public KtabScenario read(String text, String source) {
        String[] lines = DelimitedLine.lines(text);
        int last = DelimitedLine.withoutTrailingBlanks(lines);
        if (last < 1) {
            throw new ForecastInputException(source, 1, 0, "file is empty",
                    "line 1 must be: scenario name, description, number of actors, number of dimensions");
        }
        List<Field> head = DelimitedLine.split(lines[0], ',', source, 1);
        if (head.size() < 4) {
            throw new ForecastInputException(source, 1, 0, "line 1 has " + head.size() + " fields",
                    "line 1 must be: scenario name, description, number of actors, number of dimensions");
        }
        String name = head.get(0).text();
        String description = head.get(1).text();
        int numActors = InputNumbers.parseInt(head.get(2).text(), source, 1, head.get(2).column(),
                "number of actors", 3, 250);
        int numDims = InputNumbers.parseInt(head.get(3).text(), source, 1, head.get(3).column(),
                "number of dimensions", 1, 10_000);
        int width = 3 + 2 * numDims;
        if (last < 2) {
            throw new ForecastInputException(source, 2, 0, "the column header line is missing",
                    "line 2 must be: Actor, Description, Power, then a position and a salience header per dimension");
        }
        List<Field> header = fieldsOfWidth(lines[1], source, 2, width,
                "Actor, Description, Power, then a position and a salience header for each of the " + numDims
                        + " dimensions");
        List<ForecastDimension> dims = new ArrayList<>();
        for (int d = 0; d < numDims; d++) {
            Field f = header.get(3 + 2 * d);
            if (f.text().isEmpty()) {
                throw new ForecastInputException(source, 2, f.column(), "dimension " + (d + 1) + " has no name",
                        "give each position column a header");
            }
            dims.add(new ForecastDimension(f.text(), 0, 100));
        }
        if (last - 2 != numActors) {
            int where = last - 2 < numActors ? last + 1 : numActors + 3;
            throw new ForecastInputException(source, where, 0, "found " + (last - 2) + " actor lines",
                    "line 1 declares " + numActors + " actors, one line each from line 3");
        }
        List<ForecastActor> actors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int a = 0; a < numActors; a++) {
            int lineNo = a + 3;
            List<Field> f = fieldsOfWidth(lines[a + 2], source, lineNo, width,
                    "name, description, capability, then position and salience for each of the " + numDims
                            + " dimensions");
            String actor = f.get(0).text();
            if (actor.isEmpty() || actor.length() > MAX_NAME) {
                throw new ForecastInputException(source, lineNo, f.get(0).column(),
                        actor.isEmpty() ? "actor name is empty" : "actor name '" + actor + "' has " + actor.length()
                                + " characters", "KTAB allows 1 to " + MAX_NAME + " characters");
            }
            Integer before = seen.put(actor, lineNo);
            if (before != null) {
                throw new ForecastInputException(source, lineNo, f.get(0).column(),
                        "actor name '" + actor + "' is used again", "names must be unique; first used on line " + before);
            }
            String desc = f.get(1).text();
            if (desc.length() > MAX_DESCRIPTION) {
                throw new ForecastInputException(source, lineNo, f.get(1).column(),
                        "description has " + desc.length() + " characters", "KTAB allows at most " + MAX_DESCRIPTION);
            }
            Field capField = f.get(2);
            double cap = InputNumbers.parse(capField.text(), source, lineNo, capField.column(),
                    "capability of actor '" + actor + "'", "a number from 0 up to (not including) 1e8");
            if (cap < 0 || cap >= MAX_CAPABILITY) {
                throw new ForecastInputException(source, lineNo, capField.column(), "capability of actor '" + actor
                        + "' " + capField.text() + " is out of range", "a number from 0 up to (not including) 1e8");
            }
            double[] pos = new double[numDims];
            double[] sal = new double[numDims];
            double total = 0;
            for (int d = 0; d < numDims; d++) {
                Field pf = f.get(3 + 2 * d);
                Field sf = f.get(4 + 2 * d);
                String dim = dims.get(d).name();
                pos[d] = InputNumbers.parseIn(pf.text(), source, lineNo, pf.column(),
                        "position of actor '" + actor + "' on '" + dim + "'", 0, 100);
                double s = InputNumbers.parseIn(sf.text(), source, lineNo, sf.column(),
                        "salience of actor '" + actor + "' on '" + dim + "'", 0, 100);
                total += s;
                if (total > 100 + 1e-9) {
                    throw new ForecastInputException(source, lineNo, sf.column(), "saliences of actor '" + actor
                            + "' add up to " + InputNumbers.plain(Math.round(total * 1e6) / 1e6)
                            + " by '" + dim + "'",
                            "an actor's saliences may add up to at most 100");
                }
                sal[d] = s / 100.0;
            }
            actors.add(new ForecastActor(actor, desc, cap, pos, sal));
        }
        return KtabScenario.of(new ForecastProblem(name, description, dims, actors));
    }

    /** Splits a line and checks it has {@code width} fields (plus an optional empty one from a trailing comma). */
    private static List<Field> fieldsOfWidth(String line, String source, int lineNo, int width, String expected) {
        List<Field> f = DelimitedLine.split(line, ',', source, lineNo);
        if (f.size() > 1 && line.stripTrailing().endsWith(",")) {
            f = f.subList(0, f.size() - 1); // KTAB's files end every line with a comma
        }
        if (f.size() != width) {
            int col = f.size() > width ? f.get(width).column() : 0;
            throw new ForecastInputException(source, lineNo, col, "line has " + f.size() + " fields, expected "
                    + width, expected);
        }
        return f;
    }
}
