package dev.parley.io.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses YAML or JSON text into a Jackson tree while recording where each key and value stands. Files ending in
 * {@code .json} are read as JSON, everything else as YAML (of which JSON is a subset).
 */
final class LocatedTreeReader {

    /** Deep nesting only arises from a malformed or hostile file; real scenarios nest fewer than 10 levels. */
    private static final int MAX_NESTING = 64;

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()).build();
    private static final ObjectMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()).build();

    private final Path file;
    private final Map<String, Location> values = new HashMap<>();
    private final Map<String, Location> keys = new HashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();

    private LocatedTreeReader(Path file) {
        this.file = file;
    }

    static LocatedTree read(Path file, String text) {
        return new LocatedTreeReader(file).parse(text, isJson(file));
    }

    static boolean isJson(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private LocatedTree parse(String text, boolean json) {
        ObjectMapper mapper = json ? JSON : YAML;
        JsonNode root;
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(List.of(Diagnostic.error(file, new Location(1, 1), "",
                        "the file holds no document", "a scenario is a mapping; see docs/scenario-format.md")));
            }
            root = readValue(parser, "");
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                errors.add(Diagnostic.error(file, location(parser.currentTokenLocation()), "",
                        "more than one document in the file", "keep one scenario per file"));
            }
        } catch (StreamReadException e) {
            throw new ScenarioException(List.of(syntaxError(e, json)));
        } catch (JacksonException e) {
            throw new ScenarioException(List.of(Diagnostic.error(file, Location.UNKNOWN, "",
                    "cannot parse the file: " + firstLine(e.getOriginalMessage()),
                    json ? "check the JSON syntax" : "check the YAML syntax")));
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return new LocatedTree(file, root, Map.copyOf(values), Map.copyOf(keys));
    }

    private JsonNode readValue(JsonParser parser, String pointer) {
        values.put(pointer, location(parser.currentTokenLocation()));
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String key = parser.currentName();
                    String child = TreePath.child(pointer, key);
                    Location keyLocation = location(parser.currentTokenLocation());
                    if (object.has(key)) {
                        Location first = keys.get(child);
                        errors.add(Diagnostic.error(file, keyLocation, TreePath.display(child),
                                "duplicate key '" + key + "'",
                                "it first appears at line " + (first == null ? "?" : first.line())
                                        + "; keep one"));
                        parser.nextToken();
                        parser.skipChildren();
                        continue;
                    }
                    keys.put(child, keyLocation);
                    parser.nextToken();
                    object.set(key, readValue(parser, child));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, TreePath.child(pointer, index++)));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> {
                errors.add(Diagnostic.error(file, location(parser.currentTokenLocation()),
                        TreePath.display(pointer), "unsupported value " + token, "use a mapping, list, text or number"));
                return nodes.nullNode();
            }
        }
    }

    private Diagnostic syntaxError(StreamReadException e, boolean json) {
        TokenStreamLocation where = e.getLocation();
        String message = firstLine(e.getOriginalMessage());
        return Diagnostic.error(file, where == null ? Location.UNKNOWN : location(where), "",
                "syntax error: " + message,
                json ? "the file is read as JSON because its name ends in .json"
                        : "check indentation, colons and quotes; YAML uses spaces, not tabs, for indentation");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }

    private static Location location(TokenStreamLocation at) {
        if (at == null || at.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }
}
