package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.BargainingProblem;
import dev.parley.engine.bargain.Chip;
import dev.parley.engine.bargain.ChipAssessment;
import dev.parley.engine.bargain.EmptyChipDetector;
import dev.parley.engine.space.Commitments;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.PartyValuation;
import dev.parley.engine.space.RedLines;
import dev.parley.model.Actor;
import dev.parley.model.Commitment;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.OfferedChip;
import dev.parley.model.Preferences;
import dev.parley.model.RedLine;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.model.ValueFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * The bargaining problem of a scenario (DESIGN.md §4.1–4.2) as the engine's plain arrays: the outcome space
 * (continuous issues on their grid), each decider's weights and value tables, commitments with their obligors,
 * trust, red lines and the no-deal outcome.
 *
 * <p>The deciders are the parties and the ratifiers, in scenario order: a deal needs all of them. Obligors that are
 * not deciders (a stakeholder who gives a guarantee) are indexed after them, so that each decider's trust in them
 * still discounts their promises. Issues whose no-deal state follows the front take, as their no-deal option, the
 * grid point nearest the front value given to {@link #of(Scenario, double)}.
 */
public final class ScenarioBargaining {

    private final Scenario scenario;
    private final OutcomeSpace space;
    private final List<String> deciders;
    private final List<String> obligors;
    private final List<PartyValuation> valuations;
    private final Commitments commitments;
    private final double[][] trust;
    private final List<RedLines> redLines;
    private final int[] noDealOutcome;

    private ScenarioBargaining(Scenario scenario, double front) {
        this.scenario = scenario;
        this.space = space(scenario);
        this.deciders = new ArrayList<>();
        for (Actor a : scenario.actors()) {
            if (a.role() == Role.PARTY || a.role() == Role.RATIFIER) {
                deciders.add(a.id());
            }
        }
        this.obligors = new ArrayList<>(deciders);
        for (Issue issue : scenario.issues()) {
            if (issue instanceof Issue.Discrete d) {
                d.commitments().values().stream().map(Commitment::obligor)
                        .filter(o -> !obligors.contains(o)).forEach(obligors::add);
            }
        }
        this.noDealOutcome = noDealOutcome(front);
        this.valuations = new ArrayList<>();
        this.redLines = new ArrayList<>();
        for (String id : deciders) {
            Preferences prefs = scenario.preferences().get(id);
            valuations.add(valuation(prefs));
            redLines.add(redLines(prefs));
        }
        this.commitments = buildCommitments();
        this.trust = new double[deciders.size()][obligors.size()];
        for (int i = 0; i < deciders.size(); i++) {
            for (int j = 0; j < obligors.size(); j++) {
                trust[i][j] = deciders.get(i).equals(obligors.get(j)) ? 1.0
                        : scenario.trust(deciders.get(i), obligors.get(j));
            }
        }
    }

    /** The problem with front-following issues at the front's initial value (month 0). */
    public static ScenarioBargaining of(Scenario scenario) {
        return new ScenarioBargaining(scenario,
                scenario.conflict().map(c -> c.front().initial().value()).orElse(Double.NaN));
    }

    /** The problem with front-following issues at {@code front} (e.g. the expected front at month t). */
    public static ScenarioBargaining of(Scenario scenario, double front) {
        return new ScenarioBargaining(scenario, front);
    }

    public Scenario scenario() {
        return scenario;
    }

    public OutcomeSpace space() {
        return space;
    }

    /** Parties and ratifiers, in scenario order; index i of every per-decider array. */
    public List<String> deciders() {
        return List.copyOf(deciders);
    }

    public List<PartyValuation> valuations() {
        return List.copyOf(valuations);
    }

    public Commitments commitments() {
        return commitments;
    }

    /** {@code trust[i][j]}: decider i's trust in obligor j (deciders first, then other obligors). */
    public double[][] trust() {
        double[][] copy = new double[trust.length][];
        for (int i = 0; i < trust.length; i++) {
            copy[i] = trust[i].clone();
        }
        return copy;
    }

    public List<RedLines> redLines() {
        return List.copyOf(redLines);
    }

    /** The option of each issue that holds without agreement. */
    public int[] noDealOutcome() {
        return noDealOutcome.clone();
    }

    /**
     * The no-deal outcome this scenario has when its front-following issues sit at {@code front} — the
     * {@link #noDealOutcome()} of {@code of(scenario, front)}, without building that problem.
     */
    public int[] noDealOutcomeAtFront(double front) {
        return noDealOutcome(front);
    }

    /**
     * Each decider's value of no deal as the scenario states it ({@code preferences.<id>.reservation}) or, where it
     * does not, the decider's utility of the no-deal outcome (the status quo, before any cost of fighting).
     */
    public double[] reservations() {
        double[] values = new double[deciders.size()];
        for (int i = 0; i < values.length; i++) {
            Preferences prefs = scenario.preferences().get(deciders.get(i));
            values[i] = prefs.reservation().isPresent() ? prefs.reservation().get().value()
                    : valuations.get(i).utility(space).utility(noDealOutcome);
        }
        return values;
    }

    /** Where each decider's value of no deal comes from, for reports: "stated" or "status quo". */
    public List<String> reservationSources() {
        List<String> out = new ArrayList<>();
        for (String id : deciders) {
            out.add(scenario.preferences().get(id).reservation().map(p -> p.hasSource() ? p.source() : "stated")
                    .orElse("utility of the no-deal outcome"));
        }
        return out;
    }

    public BargainingProblem problem(double[] noDealValues) {
        return new BargainingProblem(space, deciders, valuations, commitments, trust(), redLines,
                noDealValues.clone());
    }

    /** Assesses each chip the scenario lists ({@code chips}) with the empty-chip test of DESIGN.md §4.2. */
    public List<ChipAssessment> offeredChips(EmptyChipDetector detector) {
        List<ChipAssessment> out = new ArrayList<>();
        for (OfferedChip chip : scenario.chips()) {
            int k = issueIndex(chip.issue());
            int o = space.optionIndex(k, chip.option());
            int offerer = deciders.indexOf(chip.offeredBy());
            int recipient = deciders.indexOf(chip.offeredTo());
            if (offerer < 0) {
                // An offer by a stakeholder: assess the recipient's side only, the offerer having no valuation.
                offerer = recipient == 0 ? Math.min(1, deciders.size() - 1) : 0;
            }
            out.add(detector.assess(new Chip(k, o, offerer, recipient), valuations, commitments, trust));
        }
        return out;
    }

    public int issueIndex(String id) {
        for (int k = 0; k < space.issueCount(); k++) {
            if (space.issueName(k).equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("no issue '" + id + "'");
    }

    private static OutcomeSpace space(Scenario scenario) {
        OutcomeSpace.Builder builder = OutcomeSpace.builder();
        for (Issue issue : scenario.issues()) {
            if (issue instanceof Issue.Discrete d) {
                builder.discreteIssue(d.id(), d.options().toArray(new String[0]));
            } else {
                Issue.Continuous c = (Issue.Continuous) issue;
                builder.discretisedIssue(c.id(), c.min(), c.max(), c.step());
            }
        }
        return builder.build();
    }

    private int[] noDealOutcome(double front) {
        int[] choice = new int[space.issueCount()];
        for (int k = 0; k < choice.length; k++) {
            Issue issue = scenario.issues().get(k);
            NoDeal nd = issue.noDeal();
            if (nd instanceof NoDeal.Option option) {
                choice[k] = space.optionIndex(k, option.option());
            } else if (nd instanceof NoDeal.Value value) {
                choice[k] = nearestGridPoint(k, value.value());
            } else {
                if (Double.isNaN(front)) {
                    throw new IllegalArgumentException("issue '" + issue.id() + "' follows the front, but the"
                            + " scenario has no conflict model");
                }
                Issue.Continuous c = (Issue.Continuous) issue;
                choice[k] = nearestGridPoint(k, c.min() + front * (c.max() - c.min()));
            }
        }
        return choice;
    }

    private int nearestGridPoint(int k, double x) {
        int best = 0;
        for (int o = 1; o < space.optionCount(k); o++) {
            if (Math.abs(space.numericValue(k, o) - x) < Math.abs(space.numericValue(k, best) - x)) {
                best = o;
            }
        }
        return best;
    }

    private PartyValuation valuation(Preferences prefs) {
        int n = space.issueCount();
        double[] weights = new double[n];
        double[][] values = new double[n][];
        for (int k = 0; k < n; k++) {
            Issue issue = scenario.issues().get(k);
            weights[k] = prefs.weights().containsKey(issue.id()) ? prefs.weights().get(issue.id()).value() : 0;
            values[k] = new double[space.optionCount(k)];
            ValueFunction f = prefs.values().get(issue.id());
            if (f == null) {
                continue;
            }
            for (int o = 0; o < values[k].length; o++) {
                values[k][o] = value(f, issue, space.optionLabel(k, o), space.numericValue(k, o));
            }
        }
        // Factors may have moved weights since the file's weights were normalised: salience is relative.
        double sum = java.util.Arrays.stream(weights).sum();
        for (int k = 0; k < n && sum > 0; k++) {
            weights[k] /= sum;
        }
        return new PartyValuation(weights, values, noDealOutcome.clone());
    }

    static double value(ValueFunction f, Issue issue, String label, double x) {
        if (f instanceof ValueFunction.Table table) {
            return table.values().get(label).value();
        }
        Issue.Continuous c = (Issue.Continuous) issue;
        if (f instanceof ValueFunction.Linear linear) {
            return linear.atMin() + (linear.atMax() - linear.atMin()) * (x - c.min()) / (c.max() - c.min());
        }
        List<ValueFunction.Point> points = ((ValueFunction.PiecewiseLinear) f).points();
        for (int i = 1; i < points.size(); i++) {
            ValueFunction.Point a = points.get(i - 1);
            ValueFunction.Point b = points.get(i);
            if (x <= b.x() || i == points.size() - 1) {
                double t = (x - a.x()) / (b.x() - a.x());
                return a.value() + Math.max(0, Math.min(1, t)) * (b.value() - a.value());
            }
        }
        return points.get(0).value();
    }

    private RedLines redLines(Preferences prefs) {
        boolean[][] forbidden = new boolean[space.issueCount()][];
        for (int k = 0; k < forbidden.length; k++) {
            forbidden[k] = new boolean[space.optionCount(k)];
        }
        for (RedLine line : prefs.redLines()) {
            int k = issueIndex(line.issue());
            if (line instanceof RedLine.Options options) {
                options.options().forEach(o -> forbidden[k][space.optionIndex(k, o)] = true);
            } else {
                RedLine.Range range = (RedLine.Range) line;
                for (int o = 0; o < forbidden[k].length; o++) {
                    double x = space.numericValue(k, o);
                    forbidden[k][o] = x < range.min() || x > range.max();
                }
            }
        }
        return RedLines.of(space, forbidden);
    }

    private Commitments buildCommitments() {
        int n = space.issueCount();
        double[][] credibility = new double[n][];
        int[][] obligor = new int[n][];
        for (int k = 0; k < n; k++) {
            credibility[k] = new double[space.optionCount(k)];
            obligor[k] = new int[space.optionCount(k)];
            java.util.Arrays.fill(credibility[k], 1.0);
            java.util.Arrays.fill(obligor[k], -1);
            if (scenario.issues().get(k) instanceof Issue.Discrete d) {
                for (var e : d.commitments().entrySet()) {
                    int o = space.optionIndex(k, e.getKey());
                    credibility[k][o] = e.getValue().credibility().value();
                    obligor[k][o] = obligors.indexOf(e.getValue().obligor());
                }
            }
        }
        return new Commitments(credibility, obligor);
    }
}
