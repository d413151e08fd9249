package dev.parley.io.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Turns JSON Schema validation errors into one clear diagnostic per problem. A failed {@code oneOf}/{@code anyOf}
 * produces errors for every alternative; we keep the alternative the user evidently meant (the one not ruled out by
 * a wrong type or a missing discriminating key) or, when none or several remain, say what would be valid, taken from
 * the schema's {@code x-parley-expected} annotation.
 */
final class SchemaErrorTranslator {

    private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf");
    /** Errors that show an alternative of a oneOf/anyOf was not what the user meant. */
    private static final Set<String> DISCRIMINATORS = Set.of("type", "required", "not", "const");

    private final LocatedTree tree;
    private final JsonNode schemaRoot;
    /**
     * Pointers of required keys that are missing only because the user misspelt them: an unknown key beside them
     * is reported with "did you mean", so "missing required key" would say the same thing twice.
     */
    private final Set<String> misspelt = new HashSet<>();

    SchemaErrorTranslator(LocatedTree tree, JsonNode schemaRoot) {
        this.tree = tree;
        this.schemaRoot = schemaRoot;
    }

    List<Diagnostic> translate(List<Error> errors) {
        for (Error e : errors) {
            if (e.getKeyword().equals("additionalProperties") && e.getProperty() != null) {
                List<String> allowed = new ArrayList<>();
                parentSchema(e).path("properties").propertyNames().forEach(allowed::add);
                String at = pointer(e.getInstanceLocation());
                Suggestions.closest(e.getProperty(), allowed).ifPresent(k -> misspelt.add(TreePath.child(at, k)));
            }
        }
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        for (Diagnostic d : reduce(errors)) {
            unique.putIfAbsent(d.line() + ":" + d.column() + ":" + d.path() + ":" + d.message(), d);
        }
        List<Diagnostic> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }

    private List<Diagnostic> reduce(List<Error> errors) {
        return reduce(errors, 0);
    }

    /**
     * Reduces errors whose evaluation paths are examined from character {@code from} on: errors inside a
     * oneOf/anyOf alternative are grouped by that combinator (and the instance it applies to) and reduced to the
     * alternative the user meant.
     */
    private List<Diagnostic> reduce(List<Error> errors, int from) {
        List<Diagnostic> out = new ArrayList<>();
        Map<String, Map<String, List<Error>>> groups = new LinkedHashMap<>();
        Map<String, String> groupInstance = new LinkedHashMap<>();
        Map<String, Integer> groupEnd = new LinkedHashMap<>();
        for (Error e : errors) {
            String eval = e.getEvaluationPath().toString();
            int at = combinatorIndex(eval, from);
            if (at < 0) {
                if (!COMBINATORS.contains(e.getKeyword())) {
                    Diagnostic d = direct(e);
                    if (d != null) {
                        out.add(d);
                    }
                }
                continue;
            }
            String prefix = eval.substring(0, at);
            String rest = eval.substring(at + 1);
            String[] parts = rest.split("/", 3);
            String branch = parts[1];
            String instance = instanceAtCombinator(pointer(e.getInstanceLocation()),
                    parts.length > 2 ? parts[2] : "");
            String key = prefix + "@" + instance;
            groups.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(branch, b -> new ArrayList<>()).add(e);
            groupInstance.put(key, instance);
            groupEnd.put(key, at + 1 + parts[0].length() + 1 + branch.length());
        }
        for (Map.Entry<String, Map<String, List<Error>>> group : groups.entrySet()) {
            out.addAll(reduceGroup(groupInstance.get(group.getKey()), group.getKey(), group.getValue(),
                    groupEnd.get(group.getKey())));
        }
        return out;
    }

    /** Index of the '/' before the first oneOf/anyOf segment followed by a branch, at or after {@code from}. */
    private static int combinatorIndex(String eval, int from) {
        int best = -1;
        for (String c : COMBINATORS) {
            int i = eval.indexOf("/" + c + "/", from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** Walks back from an error's instance to the instance the combinator applied to. */
    private static String instanceAtCombinator(String instance, String evalInsideBranch) {
        String[] segments = evalInsideBranch.isEmpty() ? new String[0] : evalInsideBranch.split("/");
        int steps = 0;
        for (int i = 0; i < segments.length - 1; i++) {
            switch (segments[i]) {
                case "properties", "patternProperties" -> {
                    steps++;
                    i++;
                }
                case "additionalProperties", "items", "prefixItems", "propertyNames" -> steps++;
                default -> {
                }
            }
        }
        String p = instance;
        for (int i = 0; i < steps; i++) {
            p = TreePath.parent(p);
        }
        return p;
    }

    private List<Diagnostic> reduceGroup(String at, String key, Map<String, List<Error>> branches, int end) {
        List<List<Error>> meant = new ArrayList<>();
        List<List<Error>> rightType = new ArrayList<>();
        for (List<Error> branch : branches.values()) {
            boolean ruledOut = branch.stream().anyMatch(e -> rulesOut(e, at));
            if (!ruledOut) {
                meant.add(branch);
            }
            if (branch.stream().noneMatch(e -> e.getKeyword().equals("type") && pointer(e.getInstanceLocation())
                    .equals(at))) {
                rightType.add(branch);
            }
        }
        if (meant.size() == 1) {
            return reduce(meant.get(0), end);
        }
        JsonNode instance = tree.root().at(at);
        String expected = expected(key.substring(0, key.indexOf('@')), branches);
        Set<String> discriminatingKeys = new LinkedHashSet<>();
        boolean allByKey = !rightType.isEmpty();
        for (List<Error> branch : rightType) {
            List<String> required = branch.stream()
                    .filter(e -> e.getKeyword().equals("required") && pointer(e.getInstanceLocation()).equals(at))
                    .map(Error::getProperty).toList();
            if (required.isEmpty()) {
                allByKey = false;
            }
            discriminatingKeys.addAll(required);
        }
        if (allByKey && instance.isObject() && instance.size() > 0) {
            for (String name : (Iterable<String>) () -> instance.propertyNames().iterator()) {
                if (!discriminatingKeys.contains(name)) {
                    return List.of(tree.keyError(TreePath.child(at, name), "unknown key '" + name + "'",
                            Suggestions.hint(name, discriminatingKeys, "expected one of")));
                }
            }
        }
        String message = "expected " + expected + ", found " + describe(instance);
        return List.of(instance.isNull() ? tree.keyError(at, message, foundHint(instance))
                : tree.error(at, message, foundHint(instance)));
    }

    /**
     * Whether an error inside a oneOf/anyOf alternative shows the user did not mean that alternative: a wrong type
     * or a missing key, unless that key is only misspelt.
     */
    private boolean rulesOut(Error e, String at) {
        if (!DISCRIMINATORS.contains(e.getKeyword()) || !pointer(e.getInstanceLocation()).equals(at)) {
            return false;
        }
        return !(e.getKeyword().equals("required") && misspelt.contains(TreePath.child(at, e.getProperty())));
    }

    /** A hint for a value of the wrong type: quoted numbers, empty values. */
    private static String foundHint(JsonNode instance) {
        if (instance.isString() && looksLikeNumber(instance.asString())) {
            return "write the number without quotes: " + instance.asString().strip();
        }
        if (instance.isNull()) {
            return "write a value after the colon";
        }
        return "";
    }

    private static boolean looksLikeNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text.strip())) && !text.strip().endsWith("d")
                    && !text.strip().endsWith("f") && !text.strip().endsWith("D") && !text.strip().endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Diagnostic direct(Error e) {
        String at = pointer(e.getInstanceLocation());
        JsonNode instance = tree.root().at(at);
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        JsonNode parent = parentSchema(e);
        switch (e.getKeyword()) {
            case "additionalProperties" -> {
                String key = e.getProperty();
                List<String> allowed = new ArrayList<>();
                parent.path("properties").propertyNames().forEach(allowed::add);
                return tree.keyError(TreePath.child(at, key), "unknown key '" + key + "'",
                        Suggestions.hint(key, allowed, "valid keys"));
            }
            case "required" -> {
                String key = e.getProperty();
                if (misspelt.contains(TreePath.child(at, key))) {
                    return null;
                }
                String description = description(parent.path("properties").path(key));
                return tree.error(at, "missing required key '" + key + "'",
                        description.isEmpty() ? "add it" : "add it: " + description);
            }
            case "type" -> {
                String message = "expected " + typeName(String.valueOf(args.length > 1 ? args[1] : "?"))
                        + ", found " + describe(instance);
                return instance.isNull() ? tree.keyError(at, message, foundHint(instance))
                        : tree.error(at, message, foundHint(instance));
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                e.getSchemaNode().forEach(v -> allowed.add(v.asString()));
                if (!instance.isString()) {
                    String message = "expected one of " + String.join(", ", allowed) + ", found " + describe(instance);
                    return instance.isNull() ? tree.keyError(at, message, foundHint(instance))
                            : tree.error(at, message, "");
                }
                String value = instance.asString();
                return tree.error(at, "'" + value + "' is not one of " + String.join(", ", allowed),
                        Suggestions.closest(value, allowed).map(c -> "did you mean '" + c + "'?")
                                .orElse("use one of these"));
            }
            case "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum" -> {
                String bound = number(e.getSchemaNode());
                String relation = switch (e.getKeyword()) {
                    case "minimum" -> ">= ";
                    case "exclusiveMinimum" -> "> ";
                    case "maximum" -> "<= ";
                    default -> "< ";
                };
                String range = parent.has("minimum") && parent.has("maximum")
                        ? "must be between " + number(parent.path("minimum")) + " and " + number(parent.path("maximum"))
                        : "must be " + relation + bound;
                return tree.error(at, instance.asString() + " is out of range", range);
            }
            case "minItems", "maxItems" -> {
                String bound = number(e.getSchemaNode());
                return tree.error(at, "has " + instance.size() + " item" + (instance.size() == 1 ? "" : "s"),
                        (e.getKeyword().equals("minItems") ? "needs at least " : "takes at most ") + bound);
            }
            case "minProperties", "maxProperties" -> {
                String bound = number(e.getSchemaNode());
                return tree.error(at, "has " + instance.size() + " entr" + (instance.size() == 1 ? "y" : "ies"),
                        (e.getKeyword().equals("minProperties") ? "needs at least " : "takes at most ") + bound);
            }
            case "uniqueItems" -> {
                return tree.error(at, "lists the same item twice", "each item may appear once");
            }
            case "minLength" -> {
                return tree.error(at, "must not be empty", "write some text");
            }
            case "pattern" -> {
                String expected = parent.path("x-parley-expected").asString("");
                return tree.error(at, "'" + instance.asString() + "' is not valid here",
                        expected.isEmpty() ? "must match " + e.getSchemaNode().asString() : "expected " + expected);
            }
            case "propertyNames" -> {
                String name = e.getProperty();
                String ref = parent.path("propertyNames").path("$ref").asString("");
                String expected = ref.startsWith("#/")
                        ? schemaRoot.at(ref.substring(1)).path("x-parley-expected").asString("") : "";
                if (name != null && tree.keys().containsKey(TreePath.child(at, name)) && !expected.isEmpty()) {
                    return tree.keyError(TreePath.child(at, name), "'" + name + "' is not a valid id",
                            "expected " + expected);
                }
                return tree.keyError(at, "invalid key", String.valueOf(e.getMessage()));
            }
            default -> {
                return tree.error(at, e.getMessage(), "");
            }
        }
    }

    /** The description of a property schema, following a $ref when the property has none of its own. */
    private String description(JsonNode property) {
        String description = property.path("description").asString("");
        String ref = property.path("$ref").asString("");
        if (description.isEmpty() && ref.startsWith("#/")) {
            description = schemaRoot.at(ref.substring(1)).path("description").asString("");
        }
        return description;
    }

    /** The schema object holding the failed keyword, found from the error's schema location. */
    private JsonNode parentSchema(Error e) {
        NodePath fragment = e.getSchemaLocation().getFragment();
        JsonNode node = schemaRoot;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node;
    }

    /** The x-parley-expected text of the schema object holding the combinator. */
    private String expected(String evalPrefix, Map<String, List<Error>> branches) {
        Error any = branches.values().iterator().next().get(0);
        String location = any.getSchemaLocation().getFragment().toString();
        String expected = "";
        for (String c : COMBINATORS) {
            int i = location.lastIndexOf("/" + c + "/");
            if (i >= 0) {
                JsonNode node = schemaRoot.at(location.substring(0, i));
                expected = node.path("x-parley-expected").asString("");
                if (!expected.isEmpty()) {
                    break;
                }
            }
        }
        return expected.isEmpty() ? "a value of another form" : expected;
    }

    private static String pointer(NodePath path) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            out.append(element instanceof Integer index
                    ? TreePath.child("", index)
                    : TreePath.child("", element.toString()));
        }
        return out.toString();
    }

    private static String number(JsonNode node) {
        return node.isNumber() ? node.numberValue().toString() : node.toString();
    }

    static String typeName(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "text";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "null" -> "nothing";
            default -> type;
        };
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return node.isEmpty() ? "an empty mapping" : "a mapping";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "an empty list" : "a list";
        }
        if (node.isString()) {
            return "text '" + node.asString() + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isNull()) {
            return "an empty value";
        }
        return node.toString();
    }
}
