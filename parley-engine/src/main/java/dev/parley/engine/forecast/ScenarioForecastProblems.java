package dev.parley.engine.forecast;

import dev.parley.model.Actor;
import dev.parley.model.Issue;
import dev.parley.model.Param;
import dev.parley.model.Preferences;
import dev.parley.model.Scenario;
import dev.parley.model.ValueFunction;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps a Parley scenario to a multi-actor forecast problem (DESIGN §4.6): one dimension per issue, on the scale
 * 0–100 that KTAB and the DEU data use.
 *
 * <ul>
 *   <li><b>Position</b>: the outcome the actor values most. A discrete issue's options are placed on their order,
 *       option i of n at {@code 100·i/(n−1)}; a continuous issue's range [min, max] maps linearly to [0, 100].
 *       When several outcomes share the highest value (a tie, a constant value function, or no value function
 *       for an issue the actor weighs 0), the position is the midpoint between the lowest and the highest of
 *       them, and a note says so.</li>
 *   <li><b>Salience</b>: the actor's weight for the issue divided by the sum of its weights (the reader has
 *       normalised them already; dividing again makes the mapping safe for any {@link Scenario}).</li>
 *   <li><b>Capability</b>: the actor's {@code capability}, raw.</li>
 * </ul>
 * Every role takes part (parties, ratifiers, stakeholders). An actor that cannot be placed is left out with a
 * note: one without a capability (the forecast models weigh every vote by it, and a default would be an invented
 * number) or without preferences (stakeholders may omit them). When no actor is left the scenario cannot be
 * forecast and {@link #map} throws.
 */
public final class ScenarioForecastProblems {

    /** Lower end of every dimension's scale (KTAB's and DEU's 0–100). */
    public static final double LOW = 0;
    /** Upper end of every dimension's scale. */
    public static final double HIGH = 100;

    private ScenarioForecastProblems() {
    }

    /**
     * A scenario as a forecast problem.
     *
     * @param problem  the problem; actor names are the scenario's actor ids, dimension names its issue ids
     * @param actors   the scenario actors that take part, in the problem's order
     * @param notes    what the mapping decided on the reader's behalf (actors left out, ties), one sentence each
     */
    public record Mapped(ForecastProblem problem, List<Actor> actors, List<String> notes) {

        public Mapped {
            actors = List.copyOf(actors);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Maps the scenario.
     *
     * @throws IllegalArgumentException when no actor has both a capability and preferences (the message names
     *                                  what to add)
     */
    public static Mapped map(Scenario scenario) {
        List<Issue> issues = scenario.issues();
        List<ForecastDimension> dims = new ArrayList<>();
        for (Issue issue : issues) {
            dims.add(new ForecastDimension(issue.id(), LOW, HIGH));
        }
        List<String> notes = new ArrayList<>();
        List<ForecastActor> actors = new ArrayList<>();
        List<Actor> kept = new ArrayList<>();
        for (Actor actor : scenario.actors()) {
            Preferences prefs = scenario.preferences().get(actor.id());
            if (actor.capability().isEmpty()) {
                notes.add("actor " + actor.id() + " has no capability and is left out of the forecast (give actors."
                        + actor.id() + ".capability to include it)");
                continue;
            }
            if (prefs == null) {
                notes.add("actor " + actor.id() + " has no preferences and is left out of the forecast (give "
                        + "preferences." + actor.id() + " to include it)");
                continue;
            }
            double weightSum = 0;
            for (Issue issue : issues) {
                weightSum += weight(prefs, issue);
            }
            if (!(weightSum > 0)) {
                throw new IllegalArgumentException("actor " + actor.id() + ": weights sum to " + weightSum
                        + " (at least one weight must be positive)");
            }
            double[] positions = new double[issues.size()];
            double[] saliences = new double[issues.size()];
            for (int d = 0; d < issues.size(); d++) {
                Issue issue = issues.get(d);
                saliences[d] = weight(prefs, issue) / weightSum;
                positions[d] = position(actor.id(), issue, prefs.values().get(issue.id()), notes);
            }
            actors.add(new ForecastActor(actor.id(), actor.name(), actor.capability().get().value(), positions,
                    saliences));
            kept.add(actor);
        }
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("scenario " + scenario.info().id() + " has no actor with both a "
                    + "capability and preferences, so there is nothing to forecast (give actors.<id>.capability, "
                    + "a relative power >= 0, to the actors that shape the outcome)");
        }
        ForecastProblem problem = new ForecastProblem(scenario.info().id(), scenario.info().title(), dims, actors);
        return new Mapped(problem, kept, notes);
    }

    /** Position of option {@code index} of {@code count} ordered options: {@code 100·index/(count−1)}. */
    public static double optionPosition(int index, int count) {
        if (count < 2 || index < 0 || index >= count) {
            throw new IllegalArgumentException("option " + index + " of " + count + " (need 0 <= index < count, "
                    + "count >= 2)");
        }
        return HIGH * index / (count - 1);
    }

    /** Position of value {@code x} of a continuous issue: [min, max] mapped linearly to [0, 100]. */
    public static double rangePosition(Issue.Continuous issue, double x) {
        return LOW + (HIGH - LOW) * (x - issue.min()) / (issue.max() - issue.min());
    }

    /** The value of a continuous issue at a position on 0–100 (the inverse of {@link #rangePosition}). */
    public static double rangeValue(Issue.Continuous issue, double position) {
        return issue.min() + (issue.max() - issue.min()) * (position - LOW) / (HIGH - LOW);
    }

    /**
     * The option of a discrete issue nearest to a position on 0–100; exactly midway between two options gives
     * {@code "a/b"}.
     */
    public static String nearestOption(Issue.Discrete issue, double position) {
        int n = issue.options().size();
        double step = (HIGH - LOW) / (n - 1);
        double k = (position - LOW) / step;
        int lower = (int) Math.max(0, Math.min(n - 1, Math.floor(k)));
        int upper = Math.min(n - 1, lower + 1);
        double below = k - lower;
        double above = upper - k;
        if (lower != upper && Math.abs(below - above) < 1e-9) {
            return issue.options().get(lower) + "/" + issue.options().get(upper);
        }
        return issue.options().get(below <= above ? lower : upper);
    }

    private static double weight(Preferences prefs, Issue issue) {
        Param w = prefs.weights().get(issue.id());
        return w == null ? 0 : w.value();
    }

    private static double position(String actor, Issue issue, ValueFunction f, List<String> notes) {
        if (f == null) {
            notes.add("actor " + actor + " gives no value function for issue " + issue.id()
                    + " (weight 0): placed at 50, the middle of the scale");
            return (LOW + HIGH) / 2;
        }
        if (issue instanceof Issue.Discrete d) {
            if (!(f instanceof ValueFunction.Table t)) {
                throw new IllegalArgumentException("actor " + actor + ": issue " + issue.id()
                        + " is discrete but its value function is not a table of options");
            }
            List<String> options = d.options();
            double best = Double.NEGATIVE_INFINITY;
            int first = -1;
            int last = -1;
            for (int i = 0; i < options.size(); i++) {
                Param v = t.values().get(options.get(i));
                if (v == null) {
                    throw new IllegalArgumentException("actor " + actor + ": no value for option " + options.get(i)
                            + " of issue " + issue.id());
                }
                if (v.value() > best) {
                    best = v.value();
                    first = i;
                    last = i;
                } else if (v.value() == best) {
                    last = i;
                }
            }
            double x = (optionPosition(first, options.size()) + optionPosition(last, options.size())) / 2;
            if (first != last) {
                List<String> tied = new ArrayList<>();
                for (int i = first; i <= last; i++) {
                    if (t.values().get(options.get(i)).value() == best) {
                        tied.add(options.get(i));
                    }
                }
                notes.add(String.format(Locale.ROOT, "actor %s values options %s of issue %s equally most; placed "
                        + "midway between %s and %s, at %s", actor, String.join(", ", tied), issue.id(),
                        options.get(first), options.get(last), fmt(x)));
            }
            return x;
        }
        Issue.Continuous c = (Issue.Continuous) issue;
        double lo;
        double hi;
        if (f instanceof ValueFunction.Linear l) {
            lo = l.atMax() > l.atMin() ? c.max() : c.min();
            hi = l.atMax() < l.atMin() ? c.min() : c.max();
        } else if (f instanceof ValueFunction.PiecewiseLinear p) {
            // linear between breakpoints, so the maximum is at a breakpoint
            double best = Double.NEGATIVE_INFINITY;
            lo = Double.NaN;
            hi = Double.NaN;
            for (ValueFunction.Point point : p.points()) {
                if (point.value() > best) {
                    best = point.value();
                    lo = point.x();
                    hi = point.x();
                } else if (point.value() == best) {
                    hi = point.x();
                }
            }
        } else {
            throw new IllegalArgumentException("actor " + actor + ": issue " + issue.id()
                    + " is continuous but its value function is a table of options");
        }
        double x = (rangePosition(c, lo) + rangePosition(c, hi)) / 2;
        if (lo != hi) {
            notes.add(String.format(Locale.ROOT, "actor %s values issue %s most anywhere from %s to %s; placed "
                    + "midway, at %s", actor, issue.id(), fmt(lo), fmt(hi), fmt(x)));
        }
        return x;
    }

    private static String fmt(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                : String.format(Locale.ROOT, "%.4g", x);
    }
}
