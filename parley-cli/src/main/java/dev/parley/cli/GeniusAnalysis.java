package dev.parley.cli;

import dev.parley.engine.bargain.AdditiveMergeParetoFrontier;
import dev.parley.engine.bargain.BargainingSolutions;
import dev.parley.engine.bargain.DisagreementPoint;
import dev.parley.engine.bargain.Dominance;
import dev.parley.engine.bargain.HyperRectangleParetoFrontier;
import dev.parley.engine.bargain.ParetoSet;
import dev.parley.engine.bargain.SolutionConcept;
import dev.parley.engine.bargain.SolutionPoint;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.DomainSpaces;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.engine.space.SpaceTooLargeException;
import dev.parley.model.domain.AdditiveProfile;
import dev.parley.model.domain.HyperRectangleProfile;
import dev.parley.model.domain.Profile;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bargaining space of a GENIUS / GeniusWeb domain under GENIUS conventions (reference/negotiation-platforms.md
 * §1): the exact Pareto frontier with ties kept, the Nash, Kalai–Smorodinsky, egalitarian and utilitarian points
 * with d = the reservation values, GENIUS's own "Kalai-Smorodinsky" (min Σ|u_i − u_j|, no d) and the maximum
 * social welfare over all outcomes.
 *
 * <p>Exact methods only, whatever the size of the space: additive profiles by per-issue partial-frontier merging
 * ({@link AdditiveMergeParetoFrontier}); hyper-rectangle profiles by the value-class dynamic programme of
 * {@link HyperRectangleParetoFrontier} (10issues: 10^10 outcomes). Where a method's own limit is reached it refuses
 * with a message naming the limit, never truncating.
 */
final class GeniusAnalysis {

    /** Most outcomes listed to name the outcome behind a solution; larger tie classes are only counted. */
    static final long MEMBER_LIMIT = 1_000_000L;
    static final String CONVENTION = "GENIUS: d = reservation value";

    private final GeniusInput input;
    private final OutcomeSpace space;
    private final ParetoSet frontier;
    private final String method;
    private final Map<SolutionConcept, Optional<SolutionPoint>> solutions = new EnumMap<>(SolutionConcept.class);
    private final SolutionPoint maxWelfare;

    private GeniusAnalysis(GeniusInput input, OutcomeSpace space, ParetoSet frontier, String method) {
        this.input = input;
        this.space = space;
        this.frontier = frontier;
        this.method = method;
        DisagreementPoint d = DisagreementPoint.geniusReservation(input.reservations());
        for (SolutionConcept c : SolutionConcept.values()) {
            solutions.put(c, BargainingSolutions.solve(frontier, c, d));
        }
        // every maximiser of Σu lies on the frontier, so searching its points is the maximum over all outcomes
        this.maxWelfare = BargainingSolutions.solve(frontier, SolutionConcept.UTILITARIAN,
                DisagreementPoint.unconstrained(input.parties().size())).orElseThrow();
    }

    /**
     * @param input    the domain and profiles
     * @param realStep grid step for real-valued issues (NaN: refuse them); the analysis is exact on that grid
     */
    static GeniusAnalysis of(GeniusInput input, double realStep) {
        List<Profile> profiles = input.profiles();
        try {
            if (profiles.stream().allMatch(p -> p instanceof AdditiveProfile)) {
                OutcomeSpace space = DomainSpaces.space(input.domain(), realStep);
                List<AdditiveUtility> us = new ArrayList<>();
                for (Profile p : profiles) {
                    us.add(DomainSpaces.additive(space, input.domain(), (AdditiveProfile) p));
                }
                ParetoSet frontier = new AdditiveMergeParetoFrontier().compute(us);
                return new GeniusAnalysis(input, space, frontier,
                        "exact: per-issue partial-frontier merging of the additive utilities");
            }
            if (profiles.stream().allMatch(p -> p instanceof HyperRectangleProfile)) {
                List<HyperRectangleProfile> hr = profiles.stream().map(p -> (HyperRectangleProfile) p).toList();
                HyperRectangleParetoFrontier m = new HyperRectangleParetoFrontier(input.domain(), hr,
                        Dominance.DEFAULT_TOLERANCE);
                ParetoSet frontier = m.compute();
                return new GeniusAnalysis(input, m.space(), frontier, "exact: dynamic programme over value classes"
                        + " of the hyper-rectangles (" + m.coveredOutcomes() + " outcomes covered)");
            }
        } catch (SpaceTooLargeException e) {
            throw new UserInputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(input.domainFile() + ": " + e.getMessage()
                    + (Double.isNaN(realStep) && e.getMessage().contains("real-valued") ? " with --real-step STEP" : ""));
        }
        throw new UserInputException("the profiles mix additive and hyper-rectangle utility spaces; give profiles of"
                + " one kind (" + kinds(input) + ")");
    }

    private static boolean hasRealIssue(GeniusInput input) {
        return input.domain().issues().stream().anyMatch(i -> i instanceof dev.parley.model.domain.RealIssue);
    }

    private static String kinds(GeniusInput input) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < input.parties().size(); i++) {
            out.add(input.parties().get(i) + ": " + kind(input.profiles().get(i)));
        }
        return String.join(", ", out);
    }

    private static String kind(Profile p) {
        return p instanceof AdditiveProfile ? "additive" : "hyper-rectangle";
    }

    private static String kind(List<Profile> profiles, int i) {
        return kind(profiles.get(i));
    }

    List<String> parties() {
        return input.parties();
    }

    ParetoSet frontier() {
        return frontier;
    }

    /** The outcome behind a frontier point (its first member), or a count when too many tie to list. */
    String outcome(int point) {
        long count = frontier.outcomeCount(point);
        if (count > MEMBER_LIMIT) {
            return count + " outcomes tie (more than " + MEMBER_LIMIT + ", not listed)";
        }
        long[] members = frontier.members(point, MEMBER_LIMIT);
        int[] choice = new int[space.issueCount()];
        space.decode(members[0], choice);
        return space.describe(choice) + (count > 1 ? " (and " + (count - 1) + " tied outcomes)" : "");
    }

    static String sixDecimals(double x) {
        return String.format(Locale.ROOT, "%.6f", x);
    }

    private String vector(double[] u) {
        List<String> parts = new ArrayList<>();
        for (double x : u) {
            parts.add(sixDecimals(x));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    void printText(PrintWriter out) {
        out.printf("%s domain '%s': %d issues, %d outcomes, %d parties%n", input.format(), input.domain().name(),
                space.issueCount(), space.size(), input.parties().size());
        out.println("Parties (utilities in party order below):");
        double[] rv = input.reservations();
        for (int i = 0; i < rv.length; i++) {
            out.printf("  %-24s %-16s reservation value %s%n", input.parties().get(i), kind(input.profiles(), i),
                    sixDecimals(rv[i]));
        }
        if (hasRealIssue(input)) {
            out.println("Real-valued issues are on a grid (--real-step): the results are exact for that grid.");
        }
        out.printf("Pareto frontier (%s): %d Pareto outcomes at %d distinct points%n", method,
                frontier.totalOutcomeCount(), frontier.distinctCount());
        out.printf("Solutions, disagreement point by the GENIUS convention (d = reservation value) %s:%n", vector(rv));
        for (Map.Entry<SolutionConcept, Optional<SolutionPoint>> e : solutions.entrySet()) {
            String name = conceptName(e.getKey());
            if (e.getValue().isEmpty()) {
                out.printf("  %-38s none: no frontier point gives every party at least its reservation value%n", name);
                continue;
            }
            SolutionPoint p = e.getValue().get();
            long count = frontier.outcomeCount(p.pointIndex());
            out.printf("  %-38s %s  %s %s; %d %s%n", name, vector(p.utilities()), objectiveName(e.getKey()),
                    sixDecimals(p.objective()), count, count == 1 ? "outcome" : "outcomes");
            out.printf("  %-38s   outcome: %s%n", "", outcome(p.pointIndex()));
        }
        out.printf("Maximum social welfare over all outcomes: %s at %s%n", sixDecimals(maxWelfare.objective()),
                vector(maxWelfare.utilities()));
        out.printf("  outcome: %s%n", outcome(maxWelfare.pointIndex()));
    }

    static String conceptName(SolutionConcept c) {
        return switch (c) {
            case NASH -> "Nash (max Π(u−d))";
            case KALAI_SMORODINSKY -> "Kalai–Smorodinsky (equal gain ratios)";
            case EGALITARIAN -> "egalitarian (max min(u−d))";
            case UTILITARIAN -> "utilitarian (max Σu, u ≥ d)";
            case GENIUS_MIN_ASYMMETRY -> "GENIUS \"KS\" (min Σ|u_i−u_j|, no d)";
        };
    }

    private static String objectiveName(SolutionConcept c) {
        return switch (c) {
            case NASH -> "product";
            case KALAI_SMORODINSKY -> "min gain ratio";
            case EGALITARIAN -> "min gain";
            case UTILITARIAN -> "welfare";
            case GENIUS_MIN_ASYMMETRY -> "asymmetry";
        };
    }

    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        node.put("format", input.format());
        node.put("domain", input.domain().name());
        node.put("convention", CONVENTION);
        if (hasRealIssue(input)) {
            node.put("note", "real-valued issues are on a grid (--real-step): the results are exact for that grid");
        }
        ArrayNode parties = node.putArray("parties");
        double[] rv = input.reservations();
        for (int i = 0; i < rv.length; i++) {
            ObjectNode p = parties.addObject();
            p.put("name", input.parties().get(i));
            p.put("file", input.files().get(i).toString());
            p.put("profile", kind(input.profiles(), i));
            p.put("reservation_value", rv[i]);
        }
        node.put("outcomes", space.size());
        ObjectNode fr = node.putObject("frontier");
        fr.put("method", method);
        fr.put("outcomes", frontier.totalOutcomeCount());
        fr.put("distinct_points", frontier.distinctCount());
        ArrayNode points = fr.putArray("points");
        for (int i = 0; i < frontier.distinctCount(); i++) {
            ObjectNode p = points.addObject();
            ArrayNode u = p.putArray("utilities");
            for (double x : frontier.point(i)) {
                u.add(x);
            }
            p.put("outcomes", frontier.outcomeCount(i));
        }
        ArrayNode sol = node.putArray("solutions");
        solutions.forEach((c, point) -> {
            ObjectNode s = sol.addObject();
            s.put("concept", c.name().toLowerCase(Locale.ROOT));
            point.ifPresent(p -> solution(s, p));
        });
        solution(node.putObject("max_welfare"), maxWelfare);
        return node;
    }

    private void solution(ObjectNode s, SolutionPoint p) {
        ArrayNode u = s.putArray("utilities");
        for (double x : p.utilities()) {
            u.add(x);
        }
        s.put("objective", p.objective());
        s.put("outcomes_at_point", frontier.outcomeCount(p.pointIndex()));
        s.put("outcome", outcome(p.pointIndex()));
        s.put("tied_points", p.tiedPoints().length);
    }
}
