package dev.parley.io.scenario;

import dev.parley.model.Distribution;
import dev.parley.model.ParameterTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks everything that names a parameter path (factor effects, escalation effects, uncertainty) against the
 * scenario's {@link ParameterTable}, and that each distribution is well formed and stays within its parameter's
 * meaningful range.
 */
final class ParameterRules {

    /** Discrete probabilities may miss 1 by printing noise, not more. */
    private static final double PROBABILITY_SUM_TOLERANCE = 1e-9;
    /** How many parameter paths a hint lists before "...". */
    private static final int MAX_LISTED = 6;

    private final LocatedTree tree;
    private final ParameterTable table;
    private final List<Diagnostic> errors = new ArrayList<>();

    ParameterRules(LocatedTree tree, ParameterTable table) {
        this.tree = tree;
        this.table = table;
    }

    List<Diagnostic> check() {
        JsonNode root = tree.root();
        JsonNode factors = root.path("factors");
        for (int i = 0; i < factors.size(); i++) {
            effects("/factors/" + i + "/effects", factors.path(i).path("effects"));
        }
        JsonNode ladder = root.path("conflict").path("escalation_ladder");
        for (int i = 0; i < ladder.size(); i++) {
            String at = "/conflict/escalation_ladder/" + i;
            effects(at + "/effects", ladder.path(i).path("effects"));
            effects(at + "/counter/effects", ladder.path(i).path("counter").path("effects"));
        }
        for (Map.Entry<String, JsonNode> e : root.path("uncertainty").properties()) {
            String at = TreePath.child("/uncertainty", e.getKey());
            if (path(at, e.getKey())) {
                distribution(at, e.getKey(), e.getValue());
            }
        }
        return errors;
    }

    private void effects(String at, JsonNode effects) {
        for (String path : names(effects)) {
            path(TreePath.child(at, path), path);
        }
    }

    private boolean path(String at, String path) {
        if (table.indexOf(path) >= 0) {
            return true;
        }
        errors.add(tree.keyError(at, "unknown parameter path '" + path + "'", pathHint(path)));
        return false;
    }

    /**
     * "Did you mean" when exactly one segment of the path is a typo of the same segment of a known path; else the
     * parameters that share the longest known prefix with it, so that the user sees what can be addressed there.
     */
    private String pathHint(String path) {
        String[] wrong = ParameterTable.canonical(path).split("\\.", -1);
        List<String> close = new ArrayList<>();
        for (String candidate : table.paths()) {
            String[] known = candidate.split("\\.", -1);
            if (known.length != wrong.length) {
                continue;
            }
            int differing = -1;
            int count = 0;
            for (int i = 0; i < known.length; i++) {
                if (!known[i].equals(wrong[i])) {
                    differing = i;
                    count++;
                }
            }
            if (count == 1 && Suggestions.closest(wrong[differing], List.of(known[differing])).isPresent()) {
                close.add(candidate);
            }
        }
        if (close.size() == 1) {
            return "did you mean '" + close.get(0) + "'?";
        }
        for (int keep = wrong.length - 1; keep >= 1; keep--) {
            String prefix = String.join(".", Arrays.copyOf(wrong, keep)) + ".";
            List<String> under = table.paths().stream().filter(p -> p.startsWith(prefix)).toList();
            if (!under.isEmpty()) {
                int shown = Math.min(MAX_LISTED, under.size());
                return "the parameters under " + prefix.substring(0, prefix.length() - 1) + " are: "
                        + String.join(", ", under.subList(0, shown)) + (under.size() > shown ? ", ..." : "");
            }
        }
        return "a path names a number the scenario sets, e.g. " + String.join(", ",
                table.paths().subList(0, Math.min(3, table.size())))
                + "; `parley info <scenario> --parameters` lists them all";
    }

    private void distribution(String at, String path, JsonNode node) {
        Distribution d = ScenarioBinder.distribution(node);
        String kind = node.propertyNames().iterator().next();
        String dAt = at + "/" + kind;
        double lower;
        double upper;
        if (d instanceof Distribution.Uniform u) {
            if (!(u.min() < u.max())) {
                error(dAt, "uniform [" + f(u.min()) + ", " + f(u.max()) + "] is empty", "min must be below max");
                return;
            }
            lower = u.min();
            upper = u.max();
        } else if (d instanceof Distribution.Triangular t) {
            if (!(t.min() <= t.mode() && t.mode() <= t.max() && t.min() < t.max())) {
                error(dAt, "triangular [" + f(t.min()) + ", " + f(t.mode()) + ", " + f(t.max()) + "] is not ordered",
                        "give [min, mode, max] with min <= mode <= max and min < max");
                return;
            }
            lower = t.min();
            upper = t.max();
        } else if (d instanceof Distribution.Normal n) {
            if (!(n.sd() > 0)) {
                error(dAt + "/sd", "sd " + f(n.sd()) + " is not positive", "a standard deviation must be > 0");
                return;
            }
            if (!(n.lower() < n.upper())) {
                error(dAt, "bounds [" + f(n.lower()) + ", " + f(n.upper()) + "] are empty", "min must be below max");
                return;
            }
            lower = n.lower();
            upper = n.upper();
        } else if (d instanceof Distribution.Beta b) {
            if (!(b.alpha() > 0)) {
                error(dAt + "/alpha", "alpha " + f(b.alpha()) + " is not positive", "alpha and beta must be > 0");
                return;
            }
            if (!(b.beta() > 0)) {
                error(dAt + "/beta", "beta " + f(b.beta()) + " is not positive", "alpha and beta must be > 0");
                return;
            }
            if (!(b.lower() < b.upper())) {
                error(dAt, "bounds [" + f(b.lower()) + ", " + f(b.upper()) + "] are empty", "min must be below max");
                return;
            }
            lower = b.lower();
            upper = b.upper();
        } else if (d instanceof Distribution.LogNormal l) {
            if (!(l.sigma() > 0)) {
                error(dAt + "/sigma", "sigma " + f(l.sigma()) + " is not positive", "sigma must be > 0");
                return;
            }
            lower = 0;
            upper = Double.POSITIVE_INFINITY;
        } else if (d instanceof Distribution.Discrete dd) {
            if (dd.values().size() != dd.probabilities().size()) {
                error(dAt, dd.values().size() + " values but " + dd.probabilities().size() + " probabilities",
                        "give one probability per value");
                return;
            }
            double sum = dd.probabilities().stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
                error(dAt + "/probabilities", "probabilities sum to " + f(sum), "they must sum to 1");
                return;
            }
            lower = dd.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            upper = dd.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        } else {
            lower = 0;
            upper = 1;
        }
        ParameterTable.Entry entry = table.find(path).orElseThrow();
        if (lower < entry.lower() || upper > entry.upper()) {
            String fix = d instanceof Distribution.Normal || d instanceof Distribution.LogNormal
                    ? (d instanceof Distribution.Normal ? "; give min and max to truncate the normal"
                            : "; use a bounded distribution such as beta or triangular")
                    : "";
            error(dAt, "can draw values in [" + f(lower) + ", " + f(upper) + "], outside the range of "
                    + entry.path(), "keep draws within [" + f(entry.lower()) + ", " + f(entry.upper()) + "]" + fix);
        }
    }

    private void error(String pointer, String message, String hint) {
        errors.add(tree.error(pointer, message, hint));
    }

    private static String f(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return ScenarioBinder.fmt(x);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
