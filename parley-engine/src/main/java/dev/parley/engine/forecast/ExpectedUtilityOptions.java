package dev.parley.engine.forecast;

/**
 * Parameters of {@link ExpectedUtilityModel}, the expected-utility model after Scholz, Calbert &amp; Smith
 * (2011), "Unravelling Bueno De Mesquita's group decision model", J. Theoretical Politics 23(4).
 *
 * @param denominator      how the probability of success is normalised (see {@link ProbabilityDenominator})
 * @param q                probability that nothing changes when i does not challenge (Scholz: Q = 1, which
 *                         drops the U_b/U_w term; Eftekhari 2014 and the {@code decisionmechanics/eum} port use
 *                         0.5)
 * @param improvement      how T, the probability that a change without challenge improves things for i, is set
 * @param fixedT           T when {@code improvement == FIXED}, in [0, 1]
 * @param reference        the reference position μ used in U_b and U_w (BDM: the median voter position)
 * @param capitulation     whether capitulation is tested as printed in the paper or as coded by jmckib/dmasad
 * @param compromiseChoice how an actor picks among several compromise offers
 * @param outcome          what the forecast reports after the last round
 * @param maxRounds        the number of rounds to run at most (the {@code dmasad} log runs 10), at least 1
 * @param tolerance        stop early after a round in which no actor moved by more than this (on the
 *                         position scale); 0 runs exactly {@code maxRounds} rounds unless nobody moves at all
 */
public record ExpectedUtilityOptions(ProbabilityDenominator denominator, double q, ImprovementRule improvement,
                                     double fixedT, ReferencePosition reference, CapitulationRule capitulation,
                                     CompromiseChoice compromiseChoice, ReferencePosition outcome, int maxRounds,
                                     double tolerance) {

    /** Normalisation of the probability that i beats j. */
    public enum ProbabilityDenominator {
        /**
         * Scholz's equation 30: the votes for i over j divided by the absolute votes over the same pair, so
         * P(i beats j) + P(j beats i) = 1.
         */
        PAIR,
        /**
         * Scholz's code as reproduced by jmckib: the denominator sums |votes| of every voter over every ordered
         * pair of actor positions (N³ terms), which makes probabilities small. Needed to reproduce Scholz's
         * published 10-round numbers ({@code jmckib/bdm-scholz-expected-utility-model}, commit e9d86fe).
         */
        ALL_PAIRS
    }

    /** How T is chosen. */
    public enum ImprovementRule {
        /** T = {@link #fixedT()}. */
        FIXED,
        /**
         * Eftekhari (2014): T = 1 if |x_i − μ| &lt; |x_i − x_j| else 0 ({@code decisionmechanics/eum},
         * {@code Issue.CalculateImprovementProbability}).
         */
        EFTEKHARI
    }

    /** A summary position of the actors. */
    public enum ReferencePosition {
        /**
         * The median voter position as jmckib computes it: "king of the hill" over the distinct actor positions
         * with risk-neutral votes (a position replaces the incumbent when it gets strictly more votes). We visit
         * positions in ascending order (jmckib visits them in Python's set order); the result is the Condorcet
         * winner whenever one exists, so the order matters only without one.
         */
        MEDIAN,
        /** The capability- and salience-weighted mean Σ c s x / Σ c s. */
        MEAN
    }

    /** The capitulation test when E_ji &gt; 0 &gt; E_ij. */
    public enum CapitulationRule {
        /** As printed: i capitulates (moves to x_j) when E_ji &lt; |E_ij|. */
        CORRECTED,
        /**
         * As coded by jmckib and dmasad, {@code eu_ji < abs(eu_ji)}, which is never true: capitulation never
         * happens.
         */
        AS_CODED
    }

    /** Choice among compromise offers. */
    public enum CompromiseChoice {
        /**
         * Scholz's code (kept by jmckib to match the published numbers): the offer minimising
         * (|E_ij| x_i + |E_ji| x_j)/(|E_ij| + |E_ji|).
         */
        SCHOLZ_CODE,
        /** The paper's rule: the offer that moves i least. */
        LEAST_MOVE
    }

    public ExpectedUtilityOptions {
        if (denominator == null || improvement == null || reference == null || capitulation == null
                || compromiseChoice == null || outcome == null) {
            throw new IllegalArgumentException("all option enums must be set (use ExpectedUtilityOptions.defaults())");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("Q = " + q + " is not a probability (need 0 <= Q <= 1; Scholz uses 1)");
        }
        if (!(fixedT >= 0 && fixedT <= 1)) {
            throw new IllegalArgumentException("T = " + fixedT + " is not a probability (need 0 <= T <= 1)");
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds = " + maxRounds + " (need at least 1)");
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " (need >= 0)");
        }
    }

    /**
     * The defaults: Scholz's code in everything needed to reproduce his published numbers (all-pairs
     * denominator, Q = 1, his compromise choice, 10 rounds) but with capitulation tested as printed.
     */
    public static ExpectedUtilityOptions defaults() {
        return new ExpectedUtilityOptions(ProbabilityDenominator.ALL_PAIRS, 1.0, ImprovementRule.FIXED, 0.5,
                ReferencePosition.MEDIAN, CapitulationRule.CORRECTED, CompromiseChoice.SCHOLZ_CODE,
                ReferencePosition.MEDIAN, 10, 0.0);
    }

    /**
     * Exactly the jmckib/dmasad program ({@code bdm_scholz_model.py}), capitulation bug included; 10 rounds as
     * in its {@code Example.log}.
     */
    public static ExpectedUtilityOptions scholzCode() {
        return defaults().withCapitulation(CapitulationRule.AS_CODED);
    }

    public ExpectedUtilityOptions withCapitulation(CapitulationRule rule) {
        return new ExpectedUtilityOptions(denominator, q, improvement, fixedT, reference, rule, compromiseChoice,
                outcome, maxRounds, tolerance);
    }

    public ExpectedUtilityOptions withDenominator(ProbabilityDenominator d) {
        return new ExpectedUtilityOptions(d, q, improvement, fixedT, reference, capitulation, compromiseChoice,
                outcome, maxRounds, tolerance);
    }

    public ExpectedUtilityOptions withQ(double newQ, ImprovementRule rule, double t) {
        return new ExpectedUtilityOptions(denominator, newQ, rule, t, reference, capitulation, compromiseChoice,
                outcome, maxRounds, tolerance);
    }

    public ExpectedUtilityOptions withOutcome(ReferencePosition o) {
        return new ExpectedUtilityOptions(denominator, q, improvement, fixedT, reference, capitulation,
                compromiseChoice, o, maxRounds, tolerance);
    }

    public ExpectedUtilityOptions withRounds(int rounds, double tol) {
        return new ExpectedUtilityOptions(denominator, q, improvement, fixedT, reference, capitulation,
                compromiseChoice, outcome, rounds, tol);
    }

    public ExpectedUtilityOptions withCompromiseChoice(CompromiseChoice c) {
        return new ExpectedUtilityOptions(denominator, q, improvement, fixedT, reference, capitulation, c, outcome,
                maxRounds, tolerance);
    }
}
