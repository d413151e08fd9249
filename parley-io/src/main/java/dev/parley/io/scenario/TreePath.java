package dev.parley.io.scenario;

import java.util.regex.Pattern;

/**
 * Paths into the scenario tree. Internally a JSON pointer ({@code /actors/2/role}); shown to users as
 * {@code actors[2].role}, with keys that contain dots quoted ({@code uncertainty["conflict.front.initial"]}).
 */
final class TreePath {

    private static final Pattern INDEX = Pattern.compile("\\d+");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_$-]+");

    private TreePath() {
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The user-facing form of a JSON pointer. */
    static String display(String pointer) {
        if (pointer.isEmpty() || pointer.equals("/")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (INDEX.matcher(segment).matches()) {
                out.append('[').append(segment).append(']');
            } else if (PLAIN_KEY.matcher(segment).matches()) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment);
            } else {
                out.append("[\"").append(segment.replace("\"", "\\\"")).append("\"]");
            }
        }
        return out.toString();
    }
}
