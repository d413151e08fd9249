package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.ExpectedUtility;
import dev.parley.engine.space.RedLines;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One entry point for the bargaining analysis of DESIGN.md §4.2 on a {@link BargainingProblem}: expected
 * utilities under credibility and trust, the exact frontier of the red-line-free space
 * ({@link AdditiveMergeParetoFrontier}, any size), every solution concept with d = W(t), the ZOPA and the empty
 * chips; trades on request from a given outcome.
 */
public final class BargainingAnalysis {
    /** How the report labels its disagreement point d = W(t). */
    public static final String DISAGREEMENT_LABEL = "W(t): values of no deal";

    private final double tolerance;
    private final double chipEpsilon;

    /** Defaults: dominance tolerance 1e-9 and chip ε = 0.01 (DESIGN.md §4.2). */
    public BargainingAnalysis() {
        this(Dominance.DEFAULT_TOLERANCE, EmptyChipDetector.DEFAULT_EPSILON);
    }

    /**
     * @param tolerance   dominance tolerance
     * @param chipEpsilon ε of the empty-chip test
     */
    public BargainingAnalysis(double tolerance, double chipEpsilon) {
        Dominance.checkTolerance(tolerance);
        this.tolerance = tolerance;
        this.chipEpsilon = chipEpsilon;
    }

    /** @return the expected utilities U_i^e of every party */
    public static List<AdditiveUtility> expectedUtilities(BargainingProblem p) {
        List<AdditiveUtility> us = new ArrayList<>();
        for (int i = 0; i < p.partyNames().size(); i++) {
            us.add(ExpectedUtility.of(p.space(), p.valuations().get(i), p.commitments(), p.trust()[i]));
        }
        return us;
    }

    /**
     * @param p   the problem
     * @param rng used only if the ZOPA must be counted by sampling (space above the enumeration limit)
     * @return the report
     */
    public BargainingReport analyse(BargainingProblem p, SplittableRandom rng) {
        List<AdditiveUtility> us = expectedUtilities(p);
        RedLines red = RedLines.union(p.space(), p.redLines().toArray(new RedLines[0]));
        ParetoSet frontier = new AdditiveMergeParetoFrontier(tolerance, AdditiveMergeParetoFrontier.DEFAULT_MAX_PARTIAL_POINTS)
                .compute(us, red);
        return analyse(p, us, red, frontier, rng);
    }

    /**
     * The same report from parts already computed (e.g. shared by several months with one no-deal outcome), so the
     * frontier is not built again for the solutions and again for the ZOPA.
     *
     * @param us       {@link #expectedUtilities}(p)
     * @param red      the union of p's red lines
     * @param frontier the frontier of {@code us} over the outcomes crossing no red line, at this analysis's tolerance
     *                 ({@link AdditiveMergeParetoFrontier})
     */
    public BargainingReport analyse(BargainingProblem p, List<AdditiveUtility> us, RedLines red, ParetoSet frontier,
                                    SplittableRandom rng) {
        if (frontier.tolerance() != tolerance || frontier.partyCount() != us.size()) {
            throw new IllegalArgumentException("the frontier has tolerance " + frontier.tolerance() + " and "
                    + frontier.partyCount() + " parties; this analysis needs tolerance " + tolerance + " and "
                    + us.size() + " parties (compute it with AdditiveMergeParetoFrontier at that tolerance)");
        }
        Map<SolutionConcept, Optional<SolutionPoint>> sol = new EnumMap<>(SolutionConcept.class);
        DisagreementPoint d = new DisagreementPoint(p.noDealValues(), DISAGREEMENT_LABEL);
        for (SolutionConcept c : SolutionConcept.values()) {
            sol.put(c, BargainingSolutions.solve(frontier, c, d));
        }
        Zopa zopa = new ZopaAnalyzer(tolerance, ZopaAnalyzer.DEFAULT_ENUMERATION_LIMIT, ZopaAnalyzer.DEFAULT_SAMPLES)
                .analyse(us, p.noDealValues(), red, frontier, rng);
        EmptyChipDetector chips = new EmptyChipDetector(chipEpsilon);
        List<ChipAssessment> empty = new ArrayList<>();
        int n = p.partyNames().size();
        for (int off = 0; off < n; off++) {
            for (int rec = 0; rec < n; rec++) {
                if (off != rec) {
                    empty.addAll(chips.emptyConcessions(off, rec, p.valuations(), p.commitments(), p.trust()));
                }
            }
        }
        return new BargainingReport(us, frontier, sol, zopa, empty);
    }

    /**
     * @param p          the problem
     * @param from       the outcome to improve on (e.g. the current proposal)
     * @param maxResults how many trades to list (the total found is always reported)
     * @return trades raising every party's expected utility, by joint gain
     */
    public TradeSearch trades(BargainingProblem p, int[] from, int maxResults) {
        RedLines red = RedLines.union(p.space(), p.redLines().toArray(new RedLines[0]));
        return new TradeFinder(tolerance).find(expectedUtilities(p), from, red, maxResults);
    }
}
