package dev.parley.engine.negotiate.tournament;

import dev.parley.engine.bargain.BargainingSolutions;
import dev.parley.engine.bargain.DisagreementPoint;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.bargain.SolutionPoint;
import dev.parley.engine.bargain.SortSweepParetoFrontier;
import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.OutcomeEnumeration;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.RedLines;
import dev.parley.engine.space.SpaceTooLargeException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One bilateral domain of a tournament: an outcome space, two profiles (in file order: profile 1, profile 2) with
 * their reservation values, and what the outcomes are measured against — the exact Pareto frontier of the two
 * profiles and the Nash point with the GENIUS disagreement point d = (rv₁, rv₂) ({@link
 * DisagreementPoint#geniusReservation}).
 *
 * <p>The frontier is computed exactly from every outcome's utilities by {@link SortSweepParetoFrontier} (the outcomes
 * are enumerated anyway, for the offer lists of the protocol), over the outcomes no red line excludes. The domain is
 * held in both orientations — profile 1 at the table first, and profile 2 first — so that a strategy can play either
 * side while the opening move stays with party 0.
 *
 * <p>Spaces above {@link #MAX_OUTCOMES} outcomes are refused with a {@link SpaceTooLargeException}: the protocol needs
 * every outcome enumerated and sorted per profile, and is never run on a silently truncated space.
 */
public final class TournamentDomain {
    /**
     * Most outcomes a tournament domain may have: each is held in both orientations (utilities and each party's
     * sorted offer list, about 80 bytes an outcome), so 2·10^6 outcomes take about 160 MB. The largest GENIUS
     * domains of the ANAC set that are enumerable (e.g. Politics, 23,040) are far below it; 10issues (10^10) is not.
     */
    public static final long MAX_OUTCOMES = 2_000_000L;

    private final String name;
    private final List<String> parties;
    private final OutcomeSpace space;
    private final double[] reservations;
    private final NegotiationDomain[] oriented = new NegotiationDomain[2];
    private final ParetoSet frontier;
    private final double[] frontierU1;
    private final double[] frontierU2;
    private final SolutionPoint nash; // null: no frontier point is individually rational

    private TournamentDomain(String name, List<String> parties, OutcomeSpace space, double[] reservations,
                             NegotiationDomain forward, NegotiationDomain backward, double[][] utilities,
                             boolean[] excluded) {
        this.name = Objects.requireNonNull(name, "name");
        if (parties.size() != 2) {
            throw new IllegalArgumentException("domain '" + name + "' has " + parties.size()
                    + " party names; a tournament domain is bilateral: give two");
        }
        this.parties = List.copyOf(parties);
        this.space = space;
        if (reservations.length != 2 || !Double.isFinite(reservations[0]) || !Double.isFinite(reservations[1])) {
            throw new IllegalArgumentException("domain '" + name + "' needs two finite reservation values, got "
                    + java.util.Arrays.toString(reservations));
        }
        this.reservations = reservations.clone();
        oriented[0] = forward;
        oriented[1] = backward;
        int n = utilities[0].length;
        int allowed = 0;
        for (int x = 0; x < n; x++) {
            allowed += excluded != null && excluded[x] ? 0 : 1;
        }
        double[][] points = new double[2][allowed];
        int fill = 0;
        for (int x = 0; x < n; x++) {
            if (excluded == null || !excluded[x]) {
                points[0][fill] = utilities[0][x];
                points[1][fill] = utilities[1][x];
                fill++;
            }
        }
        frontier = new SortSweepParetoFrontier(Dominance.DEFAULT_TOLERANCE).compute(points);
        frontierU1 = new double[frontier.distinctCount()];
        frontierU2 = new double[frontier.distinctCount()];
        for (int p = 0; p < frontierU1.length; p++) {
            frontierU1[p] = frontier.utility(p, 0);
            frontierU2[p] = frontier.utility(p, 1);
        }
        nash = BargainingSolutions.solve(frontier, SolutionConcept.NASH,
                DisagreementPoint.geniusReservation(this.reservations)).orElse(null);
    }

    /**
     * A domain of two additive profiles (a GENIUS domain, or a scenario's two parties).
     *
     * @param name         the domain's name, as it appears in the results
     * @param parties      the two profiles' names, profile 1 first
     * @param utilities    the two additive utilities over one space, profile 1 first
     * @param reservations rv₁, rv₂: each side's utility without agreement, and the disagreement point of the Nash
     *                     solution
     * @param redLines     outcomes that are never proposed (e.g. a scenario's red lines), or empty for none
     * @return the domain
     * @throws SpaceTooLargeException above {@link #MAX_OUTCOMES} outcomes
     */
    public static TournamentDomain ofAdditive(String name, List<String> parties, List<AdditiveUtility> utilities,
                                              double[] reservations, List<RedLines> redLines) {
        if (utilities.size() != 2) {
            throw new IllegalArgumentException("domain '" + name + "' has " + utilities.size()
                    + " profiles; a tournament domain is bilateral: choose two");
        }
        OutcomeSpace space = utilities.get(0).space();
        checkSize(name, space);
        List<AdditiveUtility> back = List.of(utilities.get(1), utilities.get(0));
        NegotiationDomain forward;
        NegotiationDomain backward;
        boolean[] excluded = null;
        if (redLines.isEmpty()) {
            forward = NegotiationDomain.of(utilities, 2);
            backward = NegotiationDomain.of(back, 2);
        } else {
            forward = NegotiationDomain.of(utilities, 2, redLines);
            backward = NegotiationDomain.of(back, 2, List.of(redLines.get(1), redLines.get(0)));
            excluded = new boolean[forward.size()];
            for (int x = 0; x < excluded.length; x++) {
                excluded[x] = forward.excluded(x);
            }
        }
        double[][] u = OutcomeEnumeration.utilities(utilities, MAX_OUTCOMES);
        return new TournamentDomain(name, parties, space, reservations, forward, backward, u, excluded);
    }

    /** Refuses a space above {@link #MAX_OUTCOMES}, naming the size and the limit. */
    public static void checkSize(String name, OutcomeSpace space) {
        if (space.size() > MAX_OUTCOMES) {
            throw new SpaceTooLargeException("domain '" + name + "' has " + space.size() + " outcomes, above the"
                    + " tournament limit of " + MAX_OUTCOMES + " (the protocol enumerates and sorts every outcome"
                    + " for each side's offers)", "a smaller domain, or `parley analyze --genius` for its exact"
                    + " frontier and Nash point without enumeration");
        }
    }

    public String name() {
        return name;
    }

    /** The two profiles' names, profile 1 first. */
    public List<String> parties() {
        return parties;
    }

    public OutcomeSpace space() {
        return space;
    }

    public long outcomeCount() {
        return space.size();
    }

    /** rv₁, rv₂. */
    public double[] reservations() {
        return reservations.clone();
    }

    public double reservation(int profile) {
        return reservations[profile];
    }

    /**
     * The domain as the protocol sees it with {@code side}'s profile at the table first: side 0 = profile 1 opens,
     * side 1 = profile 2 opens (its utilities are decider 0's).
     */
    public NegotiationDomain oriented(int side) {
        return oriented[side];
    }

    /** The exact Pareto frontier of the two profiles (profile 1, profile 2), ties kept. */
    public ParetoSet frontier() {
        return frontier;
    }

    /** The Nash point with d = (rv₁, rv₂), or empty when no frontier point gives both at least their rv. */
    public Optional<SolutionPoint> nash() {
        return Optional.ofNullable(nash);
    }

    /**
     * Euclidean distance from the utility point (u₁, u₂) (profile order) to the nearest point of the exact frontier:
     * 0 for an outcome on the frontier (GENIUS's "distance to Pareto" on the discrete frontier).
     */
    public double paretoDistance(double u1, double u2) {
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < frontierU1.length; p++) {
            double a = frontierU1[p] - u1;
            double b = frontierU2[p] - u2;
            best = Math.min(best, a * a + b * b);
        }
        return Math.sqrt(best);
    }

    /** Euclidean distance from (u₁, u₂) to the Nash point, or NaN when the domain has none. */
    public double nashDistance(double u1, double u2) {
        if (nash == null) {
            return Double.NaN;
        }
        double a = nash.utilities()[0] - u1;
        double b = nash.utilities()[1] - u2;
        return Math.sqrt(a * a + b * b);
    }
}
