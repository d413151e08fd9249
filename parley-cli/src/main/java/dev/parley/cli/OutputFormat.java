package dev.parley.cli;

import java.util.List;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The text / json / csv choice of the commands that print one result, and the JSON writer they share. */
final class OutputFormat {

    /** The values {@code --format} takes. */
    static final List<String> NAMES = List.of("text", "json", "csv");

    /** Indented JSON, as every command prints it. */
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()).build();

    private OutputFormat() {
    }

    /** @throws UserInputException when {@code format} is not one of {@link #NAMES} */
    static void check(String format) {
        if (!NAMES.contains(format)) {
            throw new UserInputException("--format '" + format + "' is not one of " + String.join(", ", NAMES));
        }
    }
}
