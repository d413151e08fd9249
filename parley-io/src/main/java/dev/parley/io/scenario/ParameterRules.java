package dev.parley.io.scenario;

import dev.parley.model.Distribution;
import dev.parley.model.ParameterTable;
import java.util.ArrayList;
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
        String hint = Suggestions.closest(ParameterTable.canonical(path), table.paths())
                .map(c -> "did you mean '" + c + "'?")
                .orElse("a path names a number the scenario sets, e.g. " + examples()
                        + "; `parley info --parameters` lists them all");
        errors.add(tree.keyError(at, "unknown parameter path '" + path + "'", hint));
        return false;
    }

    private String examples() {
        List<String> paths = table.paths();
        return String.join(", ", paths.subList(0, Math.min(3, paths.size())));
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
            if (!(b.alpha() > 0 && b.beta() > 0)) {
                error(dAt, "alpha and beta must be positive (got " + f(b.alpha()) + ", " + f(b.beta()) + ")",
                        "e.g. alpha: 2, beta: 5");
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
            error(dAt, "can draw values in [" + f(lower) + ", " + f(upper) + "], outside the range of "
                    + entry.path(), "keep draws within [" + f(entry.lower()) + ", " + f(entry.upper()) + "]");
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
