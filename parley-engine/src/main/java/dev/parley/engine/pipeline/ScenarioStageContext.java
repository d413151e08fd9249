package dev.parley.engine.pipeline;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.bargain.BargainingProblem;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import dev.parley.model.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the pipeline's stages share for one scenario instance (e.g. one Monte Carlo draw), each part computed once
 * on first use: the conflict model with its W_i(t) tables ({@link ScenarioConflict}), the expected front path, each
 * decider's value of no deal month by month, and the bargaining space of each distinct no-deal outcome (expected
 * utilities, red lines, exact Pareto frontier).
 *
 * <p>The numbers are those of the stand-alone stages ({@link BargainingStage#run}, {@link ScenarioRipeness#timeline},
 * {@link ScenarioDurability#of}); sharing them only removes repeated work — W_i(t) was built two or three times per
 * draw, the frontier of month t's space once per stage. Not thread-safe: one context per draw and thread.
 */
public final class ScenarioStageContext {

    private final Scenario scenario;
    private final ScenarioConflict conflict;
    private final List<String> deciders;
    private final double[] stated;
    private final ScenarioBargaining atStart;
    private double[] frontPath;
    private double[][] conflictValues;
    private final List<BargainingSpace> spaces = new ArrayList<>();
    private final BargainingSpace[] spaceOfMonth;

    /**
     * The expected utilities, red lines and Pareto frontier of the months whose no-deal outcome is
     * {@code problem().noDealOutcome()}: U_i^e, the red lines and hence the frontier depend on the month only
     * through it (broken commitments revert to it), so months that share it share them. The frontier is built on
     * first use.
     */
    public static final class BargainingSpace {
        private final ScenarioBargaining problem;
        private final List<AdditiveUtility> utilities;
        private final RedLines redLines;
        private ParetoSet frontier;
        private AcceptableOutcomeSearch search;

        BargainingSpace(ScenarioBargaining problem, List<AdditiveUtility> utilities, RedLines redLines) {
            this.problem = problem;
            this.utilities = List.copyOf(utilities);
            this.redLines = redLines;
        }

        /** The scenario's bargaining problem at this no-deal outcome. */
        public ScenarioBargaining problem() {
            return problem;
        }

        /** U_i^e per decider. */
        public List<AdditiveUtility> utilities() {
            return utilities;
        }

        /** The union of every decider's red lines. */
        public RedLines redLines() {
            return redLines;
        }

        /**
         * The exact frontier of the outcomes crossing no red line ({@link AdditiveMergeParetoFrontier} at
         * {@link Dominance#DEFAULT_TOLERANCE}, as {@link BargainingAnalysis} computes it).
         */
        public ParetoSet frontier() {
            if (frontier == null) {
                frontier = new AdditiveMergeParetoFrontier(Dominance.DEFAULT_TOLERANCE,
                        AdditiveMergeParetoFrontier.DEFAULT_MAX_PARTIAL_POINTS).compute(utilities, redLines);
            }
            return frontier;
        }

        /**
         * Some outcome crossing no red line has U_i^e ≥ w_i − tolerance for every decider
         * ({@link AcceptableOutcomeSearch}). Every frontier point is such an outcome with bit-identical
         * utilities, so when this is false no frontier point passes either: an exact and cheap refutation of a
         * way out, without the frontier.
         */
        boolean someOutcomeAcceptable(double[] w, double tolerance) {
            if (search == null) {
                search = new AcceptableOutcomeSearch(utilities, redLines);
            }
            double[] floor = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                floor[i] = w[i] - tolerance;
            }
            return search.exists(floor);
        }
    }

    private ScenarioStageContext(Scenario scenario) {
        this.scenario = scenario;
        if (scenario.conflict().isEmpty()) {
            ScenarioConflict.of(scenario); // its error names the missing section
        }
        this.atStart = ScenarioBargaining.of(scenario, scenario.conflict().get().front().initial().value());
        this.conflict = ScenarioConflict.of(scenario, atStart);
        this.deciders = conflict.deciders();
        this.stated = new double[deciders.size()];
        for (int i = 0; i < stated.length; i++) {
            var reservation = scenario.preferences().get(deciders.get(i)).reservation();
            stated[i] = reservation.map(r -> r.value()).orElse(Double.NaN);
        }
        this.spaceOfMonth = new BargainingSpace[conflict.horizonMonths() + 1];
    }

    /** @throws IllegalArgumentException when the scenario has no conflict section */
    public static ScenarioStageContext of(Scenario scenario) {
        return new ScenarioStageContext(scenario);
    }

    public Scenario scenario() {
        return scenario;
    }

    /** The conflict model; its W_i(t) tables are built once, whichever stage asks first. */
    public ScenarioConflict conflict() {
        return conflict;
    }

    /** Parties and ratifiers, in scenario order (index i of every per-decider value). */
    public List<String> deciders() {
        return deciders;
    }

    /** The horizon H in months. */
    public int horizonMonths() {
        return conflict.horizonMonths();
    }

    /** E[f(t)], the front at which the stages evaluate month t. */
    public double expectedFront(int month) {
        checkMonth(month);
        return path()[month];
    }

    /**
     * Each decider's value of no deal at month t, as {@link BargainingStage} sets it: the stated
     * {@code reservation} where there is one, else W_i(t) at E[f(t)] from the conflict model.
     */
    public double[] noDealValues(int month) {
        return noDeal(month);
    }

    /** The decider's stated reservation, or NaN where W_i(t) stands in. */
    double statedReservation(int decider) {
        return stated[decider];
    }

    /** The bargaining space of month t (shared by every month with the same no-deal outcome). */
    public BargainingSpace space(int month) {
        checkMonth(month);
        BargainingSpace known = spaceOfMonth[month];
        if (known != null) {
            return known;
        }
        double front = path()[month];
        int[] key = atStart.noDealOutcomeAtFront(front);
        for (BargainingSpace m : spaces) {
            if (Arrays.equals(m.problem().noDealOutcome(), key)) {
                spaceOfMonth[month] = m;
                return m;
            }
        }
        // the problem differs between fronts only through its no-deal outcome: month 0's is the one at the start
        ScenarioBargaining bargaining = Arrays.equals(atStart.noDealOutcome(), key) ? atStart
                : ScenarioBargaining.of(scenario, front);
        // the no-deal values do not enter U_i^e, the red lines or the frontier: any W builds the same space
        BargainingProblem problem = bargaining.problem(noDeal(month));
        List<AdditiveUtility> us = BargainingAnalysis.expectedUtilities(problem);
        RedLines red = RedLines.union(problem.space(), problem.redLines().toArray(new RedLines[0]));
        BargainingSpace m = new BargainingSpace(bargaining, us, red);
        spaces.add(m);
        spaceOfMonth[month] = m;
        return m;
    }

    /**
     * The ZOPA at month t is not empty: some outcome crossing no red line gives every decider U_i^e ≥ W_i(t) −
     * tolerance. Exactly the emptiness of {@link dev.parley.engine.bargain.ZopaAnalyzer} (which keeps the frontier
     * points passing this test), without the ZOPA's size and opening.
     */
    public boolean zopaExists(int month) {
        double[] w = noDeal(month);
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("no-deal values must be finite, got " + Arrays.toString(w));
            }
        }
        return someFrontierPointAcceptable(month, w);
    }

    /**
     * Some frontier point of month t's space gives every decider u_i ≥ w_i − tolerance (the way-out test of
     * {@link ScenarioRipeness}): refuted by a scan of the outcomes where it can be, so the frontier is built only
     * when some outcome passes.
     *
     * <p>The converse has no such shortcut: an outcome clearing every w_i − tolerance by any fixed margin does not
     * imply that a frontier point clears them. Dominance with a tolerance is not transitive, so an outcome can be
     * dominated only through a chain whose links each give up to one tolerance on some utility, and the chain's
     * length is bounded only by the number of outcomes (AcceptableOutcomeSearchTest builds one 80 tolerances long).
     */
    boolean someFrontierPointAcceptable(int month, double[] w) {
        BargainingSpace space = space(month);
        if (!space.someOutcomeAcceptable(w, Dominance.DEFAULT_TOLERANCE)) {
            return false;
        }
        return ScenarioRipeness.someFrontierPointAcceptable(space.frontier(), w);
    }

    private double[] noDeal(int month) {
        checkMonth(month);
        double[] w = new double[stated.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.isNaN(stated[i]) ? conflictValues()[i][month] : stated[i];
        }
        return w;
    }

    /** Built only when some decider has no stated reservation. */
    private double[][] conflictValues() {
        if (conflictValues == null) {
            conflictValues = conflict.valuesOnExpectedPath();
        }
        return conflictValues;
    }

    private double[] path() {
        if (frontPath == null) {
            frontPath = conflict.expectedFrontPath();
        }
        return frontPath;
    }

    private void checkMonth(int month) {
        if (month < 0 || month > conflict.horizonMonths()) {
            throw new IllegalArgumentException("month " + month + " is outside 0.." + conflict.horizonMonths());
        }
    }
}
