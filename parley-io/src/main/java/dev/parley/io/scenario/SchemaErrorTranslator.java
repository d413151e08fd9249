package dev.parley.io.scenario;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
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

    SchemaErrorTranslator(LocatedTree tree, JsonNode schemaRoot) {
        this.tree = tree;
        this.schemaRoot = schemaRoot;
    }

    List<Diagnostic> translate(List<Error> errors) {
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
                    out.add(direct(e));
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
        for (List<Error> branch : branches.values()) {
            boolean ruledOut = branch.stream().anyMatch(
                    e -> DISCRIMINATORS.contains(e.getKeyword()) && pointer(e.getInstanceLocation()).equals(at));
            if (!ruledOut) {
                meant.add(branch);
            }
        }
        if (meant.size() == 1) {
            return reduce(meant.get(0), end);
        }
        JsonNode instance = tree.root().at(at);
        String expected = expected(key.substring(0, key.indexOf('@')), branches);
        Set<String> discriminatingKeys = new LinkedHashSet<>();
        boolean allByKey = !branches.isEmpty();
        for (List<Error> branch : branches.values()) {
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
        return List.of(tree.error(at, "expected " + expected + ", found " + describe(instance), ""));
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
                String description = parent.path("properties").path(key).path("description").asString("");
                return tree.error(at, "missing required key '" + key + "'",
                        description.isEmpty() ? "add it" : "add it: " + description);
            }
            case "type" -> {
                return tree.error(at, "expected " + typeName(String.valueOf(args.length > 1 ? args[1] : "?"))
                        + ", found " + describe(instance), "");
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                e.getSchemaNode().forEach(v -> allowed.add(v.asString()));
                String value = instance.isString() ? instance.asString() : instance.toString();
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
                return tree.error(at, instance.asString() + " is out of range",
                        "must be " + relation + bound + rangeNote(parent));
            }
            case "minItems", "maxItems" -> {
                String bound = number(e.getSchemaNode());
                return tree.error(at, "has " + instance.size() + " item" + (instance.size() == 1 ? "" : "s"),
                        (e.getKeyword().equals("minItems") ? "needs at least " : "takes at most ") + bound
                                + itemsNote(parent));
            }
            case "minProperties", "maxProperties" -> {
                String bound = number(e.getSchemaNode());
                return tree.error(at, "has " + instance.size() + " entr" + (instance.size() == 1 ? "y" : "ies"),
                        (e.getKeyword().equals("minProperties") ? "needs at least " : "takes at most ") + bound
                                + itemsNote(parent));
            }
            case "uniqueItems" -> {
                return tree.error(at, "lists the same item twice", "each item may appear once");
            }
            case "minLength" -> {
                return tree.error(at, "must not be empty", "write some text");
            }
            case "pattern" -> {
                String description = parent.path("description").asString("");
                return tree.error(at, "'" + instance.asString() + "' is not valid here",
                        description.isEmpty() ? "must match " + e.getSchemaNode().asString() : description);
            }
            case "propertyNames" -> {
                return tree.keyError(at, "invalid key", String.valueOf(e.getMessage()));
            }
            default -> {
                return tree.error(at, e.getMessage(), "");
            }
        }
    }

    private static String rangeNote(JsonNode parent) {
        String description = parent.path("description").asString("");
        return description.isEmpty() ? "" : "; " + description;
    }

    private static String itemsNote(JsonNode parent) {
        String description = parent.path("description").asString("");
        return description.isEmpty() ? "" : "; " + description;
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
            return "nothing (null)";
        }
        return node.toString();
    }
}
