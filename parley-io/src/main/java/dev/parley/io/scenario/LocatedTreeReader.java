package dev.parley.io.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses YAML or JSON text into a Jackson tree while recording where each key and value stands. Files ending in
 * {@code .json} are read as JSON, everything else as YAML (of which JSON is a subset).
 */
final class LocatedTreeReader {

    /** Deep nesting only arises from a malformed or hostile file; real scenarios nest fewer than 10 levels. */
    static final int MAX_NESTING = 64;
    /** Jackson's own limit, a backstop behind {@link #MAX_NESTING}, which we check ourselves to say where. */
    private static final int PARSER_MAX_NESTING = 1000;

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PARSER_MAX_NESTING).build())
            // snakeyaml-engine refuses documents above 3 MiB by default; SourceText already caps the size.
            .loadSettings(LoadSettings.builder().setCodePointLimit((int) SourceText.MAX_BYTES + 1)
                    // duplicate keys are reported by readValue, with the line of the first occurrence
                    .setAllowDuplicateKeys(true).build())
            .build()).build();
    private static final ObjectMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(PARSER_MAX_NESTING).build())
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
        SyntaxErrors syntax = new SyntaxErrors(file, text);
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = mapper.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(List.of(Diagnostic.error(file, new Location(1, 1), "",
                        "the file holds no document", "a scenario is a mapping; see docs/scenario-format.md")));
            }
            root = readValue(parser, "", 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                errors.add(Diagnostic.error(file, location(parser.currentTokenLocation()), "",
                        "more than one document in the file", "keep one scenario per file"));
            }
        } catch (StreamConstraintsException e) {
            throw new ScenarioException(List.of(Diagnostic.error(file, where(e, parser), "",
                    "the file exceeds a parser limit: " + SyntaxErrors.firstLine(e.getOriginalMessage())
                            .replaceAll(", from `[^`]*`", ""),
                    "a scenario file is a hand-written description; check that this is the right file")));
        } catch (JacksonException e) {
            Location fallback = where(e, parser);
            throw new ScenarioException(List.of(json ? syntax.json(e, fallback) : syntax.yaml(e, fallback)));
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return new LocatedTree(file, root, Map.copyOf(values), Map.copyOf(keys));
    }

    private static Location where(JacksonException e, JsonParser parser) {
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            return location(e.getLocation());
        }
        return parser == null ? Location.UNKNOWN : location(parser.currentTokenLocation());
    }

    private JsonNode readValue(JsonParser parser, String pointer, int depth) {
        Location at = location(parser.currentTokenLocation());
        values.put(pointer, at);
        JsonToken token = parser.currentToken();
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            errors.add(Diagnostic.error(file, at, TreePath.display(pointer),
                    "'*" + parser.getString() + "' is an alias, which scenarios do not support",
                    "write the value out in full; anchors (&name) and aliases (*name) are not part of the format"));
            return nodes.nullNode();
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_NESTING) {
            throw new ScenarioException(List.of(Diagnostic.error(file, at, "",
                    "nested more than " + MAX_NESTING + " levels deep",
                    "a scenario nests fewer than 10 levels; look for misplaced brackets")));
        }
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
                    object.set(key, readValue(parser, child, depth + 1));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, TreePath.child(pointer, index++), depth + 1));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.stringNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    errors.add(Diagnostic.error(file, at, TreePath.display(pointer),
                            "'" + parser.getString() + "' is not a finite number",
                            "numbers must be finite: .inf, .nan and values beyond 1.8e308 are not allowed"));
                    return nodes.nullNode();
                }
                return nodes.numberNode(value);
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
                String tag = parser instanceof YAMLParser yaml && yaml.getRawTag() != null
                        ? "a value tagged " + yaml.getRawTag().replace("tag:yaml.org,2002:", "!!")
                        : "this kind of value (" + token + ")";
                errors.add(Diagnostic.error(file, at, TreePath.display(pointer), tag + " is not supported",
                        "use a mapping, list, text, number or true/false"));
                return nodes.nullNode();
            }
        }
    }

    private static Location location(TokenStreamLocation at) {
        if (at == null || at.getLineNr() <= 0) {
            return Location.UNKNOWN;
        }
        return new Location(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }
}
