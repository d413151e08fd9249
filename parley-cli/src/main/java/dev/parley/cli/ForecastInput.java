package dev.parley.cli;

import dev.parley.io.forecast.ForecastInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of file {@code parley forecast} reads, told apart by extension and, for CSV, by the first line. */
enum ForecastInput {
    SCENARIO("Parley scenario"),
    KTAB_CSV("KTAB CSV"),
    KTAB_XML("KTAB XML"),
    BDM_CSV("BDM CSV"),
    DEU_TSV("DEU TSV");

    /** Largest input accepted, as for scenarios: far above any real file, small enough to read at once. */
    static final long MAX_BYTES = 8L << 20;

    private final String label;

    ForecastInput(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * Checks that the file can be read and tells its kind.
     *
     * @throws ForecastInputException when the file is missing, a directory, too large, or of no known kind
     */
    static ForecastInput of(Path file) {
        checkReadable(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            return SCENARIO;
        }
        if (lower.endsWith(".xml")) {
            return KTAB_XML;
        }
        if (lower.endsWith(".tsv")) {
            return DEU_TSV;
        }
        if (lower.endsWith(".csv")) {
            return isBdmHeader(firstLine(file)) ? BDM_CSV : KTAB_CSV;
        }
        throw new ForecastInputException(file.toString(), 0, 0, "cannot tell the kind of file from its name",
                "use .yaml, .yml or .json for a scenario, .csv for KTAB or BDM CSV, .xml for KTAB XML, "
                        + ".tsv for DEU data with --evaluate");
    }

    /**
     * Checks that the file exists, is not a directory and is not too large.
     *
     * @throws ForecastInputException when it is not
     */
    static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new ForecastInputException(file.toString(), 0, 0, "is a directory, not a forecast input file",
                    "give a scenario (.yaml, .yml, .json), a KTAB CSV or XML, or a BDM CSV file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ForecastInputException(file.toString(), 0, 0, "no such file", "check the path");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ForecastInputException(file.toString(), 0, 0, "is " + size + " bytes long",
                        "forecast inputs are at most " + MAX_BYTES + " bytes (8 MiB)");
            }
        } catch (IOException e) {
            throw new ForecastInputException(file.toString(), 0, 0, "cannot be read: " + e.getMessage(),
                    "check the file's permissions");
        }
    }

    /** A BDM CSV header names the columns Actor, Capability, Position and Salience (any order, any case). */
    static boolean isBdmHeader(String line) {
        List<String> fields = Arrays.stream(line.replace("\uFEFF", "").split(","))
                .map(f -> f.trim().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
        return fields.containsAll(List.of("actor", "capability", "position", "salience"));
    }

    private static String firstLine(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (CharacterCodingException e) {
            throw new ForecastInputException(file.toString(), 1, 0, "is not UTF-8 text", "save it as UTF-8 text");
        } catch (IOException e) {
            throw new ForecastInputException(file.toString(), 1, 0, "cannot be read: " + e.getMessage(),
                    "check the file's permissions");
        }
    }
}
