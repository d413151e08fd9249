package dev.parley.io.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules a schema cannot express: ids unique, references that resolve, issue shapes, complete value tables,
 * ranges that make sense. Runs on a schema-valid tree so that every finding has a location.
 */
final class SemanticRules {

    /**
     * Most grid points of one continuous issue. The outcome space is a product over issues, so a finer grid only
     * multiplies enumeration cost; 10 001 points resolve 0.01 % of a range.
     */
    static final int MAX_GRID_POINTS = 10_001;

    private final LocatedTree tree;
    private final JsonNode root;
    private final List<Diagnostic> errors = new ArrayList<>();
    private final Set<String> actorIds = new LinkedHashSet<>();
    private final Map<String, String> roles = new HashMap<>();
    private final Map<String, JsonNode> issues = new HashMap<>();
    private final Set<String> issueIds = new LinkedHashSet<>();
    /** Issues whose shape is already reported wrong; rules that depend on their shape skip them. */
    private final Set<String> unusable = new HashSet<>();

    SemanticRules(LocatedTree tree) {
        this.tree = tree;
        this.root = tree.root();
    }

    List<Diagnostic> check() {
        actors();
        issues();
        preferences();
        trust();
        conflict();
        factors();
        durability();
        simulation();
        chips();
        return errors;
    }

    private void actors() {
        JsonNode actors = root.path("actors");
        int parties = 0;
        for (int i = 0; i < actors.size(); i++) {
            String id = actors.path(i).path("id").asString();
            if (!actorIds.add(id)) {
                error("/actors/" + i + "/id", "duplicate actor id '" + id + "'", "actor ids must be unique");
                continue;
            }
            String role = actors.path(i).path("role").asString();
            roles.put(id, role);
            if (role.equals("party")) {
                parties++;
            }
        }
        if (parties < 2) {
            error("/actors", "has " + parties + " actor" + (parties == 1 ? "" : "s") + " with role 'party'",
                    "a negotiation needs at least two parties at the table");
        }
    }

    private void issues() {
        JsonNode list = root.path("issues");
        for (int i = 0; i < list.size(); i++) {
            JsonNode issue = list.path(i);
            String at = "/issues/" + i;
            String id = issue.path("id").asString();
            if (!issueIds.add(id)) {
                error(at + "/id", "duplicate issue id '" + id + "'", "issue ids must be unique");
                continue;
            }
            issues.put(id, issue);
            boolean discrete = issue.has("options");
            boolean continuous = issue.has("range");
            if (discrete == continuous) {
                unusable.add(id);
                error(at, discrete ? "has both options and range" : "has neither options nor range",
                        "give options: [...] for a discrete issue or range: [min, max] for a continuous one");
                continue;
            }
            JsonNode noDeal = issue.path("no_deal");
            if (discrete) {
                Set<String> options = options(issue);
                if (issue.has("step") || issue.has("unit")) {
                    error(at + (issue.has("step") ? "/step" : "/unit"), "applies only to continuous issues",
                            "remove it, or give range: [min, max] instead of options");
                }
                if (!noDeal.isString()) {
                    error(at + "/no_deal", "must be one of the issue's options",
                            "options: " + String.join(", ", options));
                } else if (!options.contains(noDeal.asString())) {
                    error(at + "/no_deal", "'" + noDeal.asString() + "' is not an option of issue '" + id + "'",
                            Suggestions.hint(noDeal.asString(), options, "options"));
                }
                for (Map.Entry<String, JsonNode> c : issue.path("commitments").properties()) {
                    String cAt = at + "/commitments/" + c.getKey();
                    if (!options.contains(c.getKey())) {
                        keyError(cAt, "'" + c.getKey() + "' is not an option of issue '" + id + "'",
                                Suggestions.hint(c.getKey(), options, "options"));
                    }
                    actorRef(cAt + "/obligor", c.getValue().path("obligor").asString());
                }
            } else {
                double min = issue.path("range").path(0).asDouble();
                double max = issue.path("range").path(1).asDouble();
                if (!(min < max)) {
                    unusable.add(id);
                    error(at + "/range", "[" + ScenarioBinder.fmt(min) + ", " + ScenarioBinder.fmt(max)
                            + "] is empty", "write [min, max] with min below max");
                    continue;
                }
                if (issue.has("step")) {
                    step(at + "/step", issue.path("step").asDouble(), min, max);
                }
                if (issue.has("commitments")) {
                    error(at + "/commitments", "applies only to discrete issues", "remove it");
                }
                if (noDeal.isString()) {
                    error(at + "/no_deal", "a continuous issue has no options",
                            "give a number in [" + ScenarioBinder.fmt(min) + ", " + ScenarioBinder.fmt(max)
                                    + "] or {from_conflict: front}");
                } else if (noDeal.isNumber() && (noDeal.asDouble() < min || noDeal.asDouble() > max)) {
                    error(at + "/no_deal", noDeal.asString() + " is outside the issue's range",
                            "give a number in [" + ScenarioBinder.fmt(min) + ", " + ScenarioBinder.fmt(max) + "]");
                } else if (noDeal.isObject() && !root.has("conflict")) {
                    error(at + "/no_deal", "follows the conflict model, but the scenario has no conflict section",
                            "add conflict: {front: ...} or give a fixed number");
                }
            }
        }
    }

    private void preferences() {
        JsonNode all = root.path("preferences");
        Set<String> misspeltActors = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : all.properties()) {
            String actor = e.getKey();
            String at = TreePath.child("/preferences", actor);
            if (!actorIds.contains(actor)) {
                keyError(at, "'" + actor + "' is not an actor", Suggestions.hint(actor, actorIds, "actors"));
                Suggestions.closest(actor, actorIds).ifPresent(misspeltActors::add);
                continue;
            }
            JsonNode prefs = e.getValue();
            double sum = 0;
            Set<String> misspeltIssues = new HashSet<>();
            for (Map.Entry<String, JsonNode> w : prefs.path("weights").properties()) {
                if (issueRefKey(TreePath.child(at + "/weights", w.getKey()), w.getKey())) {
                    sum += ScenarioBinder.param(w.getValue()).value();
                } else {
                    Suggestions.closest(w.getKey(), issueIds).ifPresent(misspeltIssues::add);
                }
            }
            for (String issue : issueIds) {
                if (!prefs.path("weights").has(issue) && !misspeltIssues.contains(issue)) {
                    error(at + "/weights", "no weight for issue '" + issue + "'",
                            "every issue needs a weight; give 0 for one the actor does not care about");
                }
            }
            if (sum <= 0) {
                error(at + "/weights", "weights sum to 0", "at least one weight must be positive");
            }
            for (Map.Entry<String, JsonNode> v : prefs.path("values").properties()) {
                String vAt = at + "/values/" + v.getKey();
                if (issueRefKey(vAt, v.getKey())) {
                    valueFunction(vAt, issues.get(v.getKey()), v.getValue());
                }
            }
            for (Map.Entry<String, JsonNode> w : prefs.path("weights").properties()) {
                boolean weighted = ScenarioBinder.param(w.getValue()).value() > 0;
                if (weighted && issues.containsKey(w.getKey()) && !prefs.path("values").has(w.getKey())) {
                    error(at + "/weights/" + w.getKey(), "issue '" + w.getKey() + "' has a weight but no value function",
                            "add values: {" + w.getKey() + ": ...}");
                }
            }
            JsonNode redLines = prefs.path("red_lines");
            for (int i = 0; i < redLines.size(); i++) {
                redLine(at + "/red_lines/" + i, redLines.path(i));
            }
            JsonNode interactions = prefs.path("interactions");
            for (int i = 0; i < interactions.size(); i++) {
                for (Map.Entry<String, JsonNode> w : interactions.path(i).path("when").properties()) {
                    String wAt = at + "/interactions/" + i + "/when/" + w.getKey();
                    if (issueRefKey(wAt, w.getKey())) {
                        optionRef(wAt, issues.get(w.getKey()), w.getValue().asString());
                    }
                }
            }
        }
        for (String actor : actorIds) {
            String role = roles.get(actor);
            boolean needsPreferences = role.equals("party") || role.equals("ratifier");
            if (needsPreferences && !all.has(actor) && !misspeltActors.contains(actor)) {
                error("/preferences", role + " '" + actor + "' has no preferences",
                        "parties and ratifiers need weights and value functions");
            }
        }
    }

    private void valueFunction(String at, JsonNode issue, JsonNode function) {
        if (unusable.contains(issue.path("id").asString())) {
            return;
        }
        boolean discrete = issue.has("options");
        if (function.has("linear") || function.has("piecewise_linear")) {
            if (discrete) {
                error(at, "issue '" + issue.path("id").asString() + "' is discrete",
                        "give a table {option: value} for each of: " + String.join(", ", options(issue)));
                return;
            }
            if (function.has("piecewise_linear")) {
                piecewise(at + "/piecewise_linear", issue, function.path("piecewise_linear"));
            }
            return;
        }
        if (!discrete) {
            error(at, "issue '" + issue.path("id").asString() + "' is continuous",
                    "give {linear: [value at min, value at max]} or {piecewise_linear: [[x, value], ...]}");
            return;
        }
        Set<String> options = options(issue);
        Set<String> misspelt = new HashSet<>();
        for (String key : iterable(function)) {
            if (!options.contains(key)) {
                keyError(TreePath.child(at, key), "'" + key + "' is not an option of issue '"
                        + issue.path("id").asString() + "'", Suggestions.hint(key, options, "options"));
                Suggestions.closest(key, options).ifPresent(misspelt::add);
            }
        }
        List<String> missing = options.stream().filter(o -> !function.has(o) && !misspelt.contains(o)).toList();
        if (!missing.isEmpty()) {
            error(at, "no value for option" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing),
                    "give a value in [0, 1] for every option");
        }
    }

    private void piecewise(String at, JsonNode issue, JsonNode points) {
        double min = issue.path("range").path(0).asDouble();
        double max = issue.path("range").path(1).asDouble();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            double x = points.path(i).path(0).asDouble();
            double v = points.path(i).path(1).asDouble();
            if (x <= previous) {
                error(at + "/" + i, "x = " + ScenarioBinder.fmt(x) + " does not increase",
                        "list the points with increasing x");
            }
            if (x < min || x > max) {
                error(at + "/" + i, "x = " + ScenarioBinder.fmt(x) + " is outside the issue's range",
                        "x must lie in [" + ScenarioBinder.fmt(min) + ", " + ScenarioBinder.fmt(max) + "]");
            }
            if (v < 0 || v > 1) {
                error(at + "/" + i, "value " + ScenarioBinder.fmt(v) + " is out of range", "values lie in [0, 1]");
            }
            previous = x;
        }
        if (points.size() >= 2 && (points.path(0).path(0).asDouble() > min
                || points.path(points.size() - 1).path(0).asDouble() < max)) {
            error(at, "does not cover the issue's range",
                    "the first point must be at x = " + ScenarioBinder.fmt(min) + " and the last at x = "
                            + ScenarioBinder.fmt(max));
        }
    }

    private void redLine(String at, JsonNode line) {
        String issueId = line.path("issue").asString();
        if (!issueRef(at + "/issue", issueId)) {
            return;
        }
        JsonNode issue = issues.get(issueId);
        if (unusable.contains(issueId)) {
            return;
        }
        boolean discrete = issue.has("options");
        if (discrete) {
            if (!line.has("options") || line.has("min") || line.has("max")) {
                error(at, "issue '" + issueId + "' is discrete", "give options: [...] that the actor refuses");
                return;
            }
            JsonNode options = line.path("options");
            for (int i = 0; i < options.size(); i++) {
                optionRef(at + "/options/" + i, issue, options.path(i).asString());
            }
        } else {
            if (line.has("options") || !(line.has("min") || line.has("max"))) {
                error(at, "issue '" + issueId + "' is continuous", "give min and/or max: the acceptable range");
            } else if (line.has("min") && line.has("max") && line.path("min").asDouble() > line.path("max").asDouble()) {
                error(at, "min is above max", "the acceptable range must not be empty");
            }
        }
    }

    private void trust() {
        for (Map.Entry<String, JsonNode> row : root.path("trust").properties()) {
            String at = "/trust/" + row.getKey();
            actorRefKey(at, row.getKey());
            for (String trustee : iterable(row.getValue())) {
                actorRefKey(at + "/" + trustee, trustee);
            }
        }
    }

    private void conflict() {
        JsonNode conflict = root.path("conflict");
        if (conflict.isMissingNode()) {
            return;
        }
        if (conflict.path("front").has("held_by")) {
            actorRef("/conflict/front/held_by", conflict.path("front").path("held_by").asString());
        }
        for (String actor : iterable(conflict.path("costs"))) {
            actorRefKey("/conflict/costs/" + actor, actor);
        }
        for (String actor : iterable(conflict.path("beliefs"))) {
            actorRefKey("/conflict/beliefs/" + actor, actor);
        }
        JsonNode ladder = conflict.path("escalation_ladder");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < ladder.size(); i++) {
            String at = "/conflict/escalation_ladder/" + i;
            String id = ladder.path(i).path("id").asString();
            if (!ids.add(id)) {
                error(at + "/id", "duplicate rung id '" + id + "'", "rung ids must be unique");
            }
            actorRef(at + "/by", ladder.path(i).path("by").asString());
            if (ladder.path(i).has("counter")) {
                actorRef(at + "/counter/by", ladder.path(i).path("counter").path("by").asString());
            }
        }
    }

    private void factors() {
        JsonNode factors = root.path("factors");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < factors.size(); i++) {
            String at = "/factors/" + i;
            JsonNode factor = factors.path(i);
            String id = factor.path("id").asString();
            if (!ids.add(id)) {
                error(at + "/id", "duplicate factor id '" + id + "'", "factor ids must be unique");
            }
            if (factor.has("side")) {
                actorRef(at + "/side", factor.path("side").asString());
            }
            if (factor.has("active") && factor.has("probability")) {
                error(at + "/probability", "a factor is either switched (active) or random (probability)",
                        "remove one of active and probability");
            }
        }
    }

    private void durability() {
        for (String actor : iterable(root.path("durability").path("rearmament_per_month"))) {
            actorRefKey("/durability/rearmament_per_month/" + actor, actor);
        }
    }

    private void chips() {
        JsonNode chips = root.path("chips");
        for (int i = 0; i < chips.size(); i++) {
            String at = "/chips/" + i;
            JsonNode chip = chips.path(i);
            String issueId = chip.path("issue").asString();
            if (issueRef(at + "/issue", issueId)) {
                optionRef(at + "/option", issues.get(issueId), chip.path("option").asString());
            }
            actorRef(at + "/offered_by", chip.path("offered_by").asString());
            String to = chip.path("offered_to").asString();
            if (actorRef(at + "/offered_to", to)) {
                String role = roles.get(to);
                if (!"party".equals(role) && !"ratifier".equals(role)) {
                    error(at + "/offered_to", "'" + to + "' is a " + role + ", which does not decide on a deal",
                            "offer chips to a party or a ratifier");
                } else if (to.equals(chip.path("offered_by").asString())) {
                    error(at + "/offered_to", "an actor cannot offer a chip to itself", "name the other side");
                }
            }
        }
    }

    private void simulation() {
        JsonNode simulation = root.path("simulation");
        for (String actor : iterable(simulation.path("strategies"))) {
            String at = "/simulation/strategies/" + actor;
            if (actorRefKey(at, actor) && !"party".equals(roles.get(actor))) {
                keyError(at, "'" + actor + "' is a " + roles.get(actor) + ", not a party",
                        "only parties at the table follow a strategy");
            }
        }
        int horizon = root.path("scenario").path("horizon_months").asInt();
        if (simulation.has("max_months") && simulation.path("max_months").asInt() > horizon) {
            error("/simulation/max_months", simulation.path("max_months").asString()
                    + " months is beyond the scenario's horizon", "use at most horizon_months = " + horizon);
        }
    }

    /**
     * A step must divide the range into a whole number of intervals (so that both ends are grid points) and give
     * at most {@link #MAX_GRID_POINTS} points.
     */
    private void step(String at, double step, double min, double max) {
        double intervals = (max - min) / step;
        long whole = Math.round(intervals);
        if (step > max - min) {
            error(at, "step " + ScenarioBinder.fmt(step) + " is larger than the range",
                    "use a step of at most " + ScenarioBinder.fmt(max - min));
        } else if (Math.abs(intervals - whole) > 1e-6 * Math.max(1, intervals)) {
            error(at, "step " + ScenarioBinder.fmt(step) + " does not divide the range [" + ScenarioBinder.fmt(min)
                    + ", " + ScenarioBinder.fmt(max) + "] into whole intervals",
                    "use e.g. " + ScenarioBinder.fmt((max - min) / Math.max(1, Math.floor(intervals))) + " or "
                            + ScenarioBinder.fmt((max - min) / Math.ceil(intervals)));
        } else if (whole + 1 > MAX_GRID_POINTS) {
            error(at, "step " + ScenarioBinder.fmt(step) + " gives " + (whole + 1) + " grid points",
                    "use at most " + MAX_GRID_POINTS + " points, i.e. a step of at least "
                            + ScenarioBinder.fmt((max - min) / (MAX_GRID_POINTS - 1)));
        }
    }

    private Set<String> options(JsonNode issue) {
        Set<String> options = new LinkedHashSet<>();
        issue.path("options").forEach(o -> options.add(o.asString()));
        return options;
    }

    private void optionRef(String at, JsonNode issue, String option) {
        if (unusable.contains(issue.path("id").asString())) {
            return;
        }
        if (!issue.has("options")) {
            error(at, "issue '" + issue.path("id").asString() + "' is continuous and has no options",
                    "use a discrete issue");
            return;
        }
        Set<String> options = options(issue);
        if (!options.contains(option)) {
            error(at, "'" + option + "' is not an option of issue '" + issue.path("id").asString() + "'",
                    Suggestions.hint(option, options, "options"));
        }
    }

    private boolean actorRef(String at, String id) {
        if (actorIds.contains(id)) {
            return true;
        }
        error(at, "'" + id + "' is not an actor", Suggestions.hint(id, actorIds, "actors"));
        return false;
    }

    private boolean actorRefKey(String at, String id) {
        if (actorIds.contains(id)) {
            return true;
        }
        keyError(at, "'" + id + "' is not an actor", Suggestions.hint(id, actorIds, "actors"));
        return false;
    }

    private boolean issueRef(String at, String id) {
        if (issues.containsKey(id)) {
            return true;
        }
        error(at, "'" + id + "' is not an issue", Suggestions.hint(id, issueIds, "issues"));
        return false;
    }

    private boolean issueRefKey(String at, String id) {
        if (issues.containsKey(id)) {
            return true;
        }
        keyError(at, "'" + id + "' is not an issue", Suggestions.hint(id, issueIds, "issues"));
        return false;
    }

    private static Iterable<String> iterable(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private void error(String pointer, String message, String hint) {
        errors.add(tree.error(pointer, message, hint));
    }

    private void keyError(String pointer, String message, String hint) {
        errors.add(tree.keyError(pointer, message, hint));
    }
}
