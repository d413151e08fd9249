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
    private final SharedStageWork work;
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
        private final SharedStageWork work;
        private ParetoSet frontier;
        private AcceptableOutcomeSearch search;
        private SharedStageWork.Key contents;

        BargainingSpace(ScenarioBargaining problem, List<AdditiveUtility> utilities, RedLines redLines,
                        SharedStageWork work) {
            this.problem = problem;
            this.utilities = List.copyOf(utilities);
            this.redLines = redLines;
            this.work = work;
        }

        /** {@code part} of this space: keyed by what it is built from ({@link SharedStageWork#contents}). */
        private SharedStageWork.Key contents(String part) {
            if (contents == null) {
                contents = SharedStageWork.contents(utilities, List.of(redLines));
            }
            return SharedStageWork.key(part, contents);
        }

        /** About a few copies of the contribution tables: what the search and the frontier's points take. */
        private long tableBytes() {
            long options = 0;
            for (int k = 0; k < utilities.get(0).space().issueCount(); k++) {
                options += utilities.get(0).space().optionCount(k);
            }
            return 64L * options * utilities.size();
        }

        private AcceptableOutcomeSearch search() {
            if (search == null) {
                search = work.get(() -> contents("acceptable-outcome search"),
                        () -> new AcceptableOutcomeSearch(utilities, redLines), s -> tableBytes());
            }
            return search;
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
                // points, and per issue the merge's links (kept to list a point's outcomes): a few words per point
                frontier = work.get(() -> contents("frontier"), () -> new AdditiveMergeParetoFrontier(
                        Dominance.DEFAULT_TOLERANCE, AdditiveMergeParetoFrontier.DEFAULT_MAX_PARTIAL_POINTS)
                        .compute(utilities, redLines), f -> tableBytes() + 32L * f.distinctCount()
                        * (utilities.size() + utilities.get(0).space().issueCount()));
            }
            return frontier;
        }

        /** Whether {@link #frontier()} has been built. */
        boolean frontierBuilt() {
            return frontier != null;
        }

        /**
         * True only when some frontier point provably gives every decider u_i ≥ w_i − tolerance, without building
         * the frontier; false means "not proven" (build it and look). The proof: take an outcome x crossing no red
         * line with u_i(x) ≥ w_i − tol for every i, chosen for a large Σ_i u_i so that it is likely Pareto optimal,
         * and check by an exact search that x is <em>isolated</em>: no other outcome crossing no red line has
         * u_i(y) ≥ u_i(x) − Δ_i for every i, with Δ_i = 2·tol + 2⁻⁴⁰·(K + 2)·(S_i + tol) (K issues, S_i the sum over
         * issues of party i's largest |contribution|). Then x is a point of the merged frontier with exactly its own
         * utilities, so it passes the way-out test as the search found it passes (the same sums in the same order,
         * compared with the same w_i − tol).
         *
         * <p>Why an isolated outcome is a frontier point of {@link AdditiveMergeParetoFrontier}: by induction over
         * the issues, x's partial sum over issues 0..m is a candidate of level m (its own choice, summed in issue
         * order from 0.0) and is kept as the representative of its own group. Every way the level could lose it
         * is witnessed by another candidate q (another partial choice crossing no red line) within the tolerance
         * on every utility: the pivot pre-filter, the presorted skyline and the two-party sweep's filters drop a
         * point only when some other point dominates it with the tolerance (q_i ≥ p_i − tol for all i); the
         * sweeps drop a point only when an earlier point in lexicographic order (first utility ≥, or within tol in
         * a tied group) has the other utilities ≥ p_i − tol (the staircase and the tied-group tests); and the
         * grouping files p under another representative only when every utility is within tol. Completing q with
         * x's options on issues m+1..K−1 gives an outcome y ≠ x crossing no red line, whose utilities, summed in
         * issue order, differ from x's by the level's gap (at most tol, plus the rounding of the test's own
         * w − tol) plus at most one rounding per remaining issue on each side, each ≤ 2⁻⁵³·(S_i + tol): in all far
         * below Δ_i. So y would contradict x's isolation. At the last level x is therefore kept as its own
         * representative: a frontier point with utilities u(x).
         *
         * <p>Where the merge would refuse the space as too large ({@link AdditiveMergeParetoFrontier}'s candidate
         * limit), a proven answer is returned instead of that error.
         */
        boolean acceptableFrontierPointProven(double[] w, double tolerance) {
            AcceptableOutcomeSearch search = search();
            double[] floor = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                floor[i] = w[i] - tolerance;
            }
            int[] x = search.bestSumReaching(floor);
            if (x == null) {
                return false;
            }
            double[] around = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                double delta = 2 * tolerance
                        + Math.scalb(1.0, -40) * (search.issueCount() + 2) * (search.scale(i) + tolerance);
                around[i] = search.utility(x, i) - delta;
            }
            return !search.existsOther(around, x);
        }

        /**
         * Some outcome crossing no red line has U_i^e ≥ w_i − tolerance for every decider
         * ({@link AcceptableOutcomeSearch}). Every frontier point is such an outcome with bit-identical
         * utilities, so when this is false no frontier point passes either: an exact and cheap refutation of a
         * way out, without the frontier.
         */
        boolean someOutcomeAcceptable(double[] w, double tolerance) {
            AcceptableOutcomeSearch search = search();
            double[] floor = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                floor[i] = w[i] - tolerance;
            }
            return search.exists(floor);
        }
    }

    private ScenarioStageContext(Scenario scenario, SharedStageWork work) {
        this.scenario = scenario;
        this.work = work;
        if (scenario.conflict().isEmpty()) {
            ScenarioConflict.of(scenario); // its error names the missing section
        }
        this.atStart = ScenarioBargaining.of(scenario, scenario.conflict().get().front().initial().value());
        this.conflict = ScenarioConflict.of(scenario, atStart, work);
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
        return new ScenarioStageContext(scenario, SharedStageWork.NONE);
    }

    /**
     * The same, taking from {@code work} the parts it already holds for the same inputs (the coalitions of one
     * attribution draw share most of them) and keeping there the parts computed now: the numbers are those of
     * {@link #of(Scenario)}, bit for bit.
     *
     * @throws IllegalArgumentException when the scenario has no conflict section
     */
    public static ScenarioStageContext of(Scenario scenario, SharedStageWork work) {
        return new ScenarioStageContext(scenario, work);
    }

    /** Where this run's parts are kept for runs that share their inputs. */
    SharedStageWork work() {
        return work;
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
        BargainingSpace m = new BargainingSpace(bargaining, us, red, work);
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
     * <p>A positive answer is proven without the frontier where it can be
     * ({@link BargainingSpace#acceptableFrontierPointProven}: an acceptable outcome with no other outcome within
     * about two tolerances below it on every utility is a frontier point). A margin alone would not do: an outcome
     * clearing every w_i − tolerance by any fixed margin does not imply that a frontier point clears them.
     * Dominance with a tolerance is not transitive, so an outcome can be dominated only through a chain whose links
     * each give up to one tolerance on some utility, and the chain's length is bounded only by the number of
     * outcomes (AcceptableOutcomeSearchTest builds one 80 tolerances long).
     */
    boolean someFrontierPointAcceptable(int month, double[] w) {
        BargainingSpace space = space(month);
        if (!space.someOutcomeAcceptable(w, Dominance.DEFAULT_TOLERANCE)) {
            return false;
        }
        if (!space.frontierBuilt() && space.acceptableFrontierPointProven(w, Dominance.DEFAULT_TOLERANCE)) {
            return true;
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
