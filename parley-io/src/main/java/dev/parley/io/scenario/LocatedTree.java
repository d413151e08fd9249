package dev.parley.io.scenario;

import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed scenario tree with the source location of every value and every key, keyed by JSON pointer, so that
 * each error can name its line and column.
 */
record LocatedTree(Path file, JsonNode root, Map<String, Location> values, Map<String, Location> keys) {

    /** Where the value at {@code pointer} starts, or the nearest enclosing value that has a location. */
    Location valueAt(String pointer) {
        String p = pointer;
        while (true) {
            Location at = values.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return Location.UNKNOWN;
            }
            p = TreePath.parent(p);
        }
    }

    /** Where the key of the entry at {@code pointer} stands (for unknown or duplicate keys), else its value. */
    Location keyAt(String pointer) {
        Location at = keys.get(pointer);
        return at != null ? at : valueAt(pointer);
    }

    Diagnostic error(String pointer, String message, String hint) {
        return Diagnostic.error(file, valueAt(pointer), TreePath.display(pointer), message, hint);
    }

    Diagnostic keyError(String pointer, String message, String hint) {
        return Diagnostic.error(file, keyAt(pointer), TreePath.display(pointer), message, hint);
    }

    Diagnostic note(String pointer, String message) {
        return Diagnostic.note(file, valueAt(pointer), TreePath.display(pointer), message);
    }
}
