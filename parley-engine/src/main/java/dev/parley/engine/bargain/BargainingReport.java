package dev.parley.engine.bargain;

import dev.parley.engine.space.AdditiveUtility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bargaining analysis of one month.
 *
 * @param expectedUtilities U_i^e per party (DESIGN.md §4.1)
 * @param frontier          Pareto frontier of the outcomes crossing nobody's red line, ties kept
 * @param solutions         every {@link SolutionConcept} with d = W(t) (GENIUS_MIN_ASYMMETRY ignores d); empty when
 *                          no frontier point is individually rational
 * @param zopa              the ZOPA against W(t)
 * @param emptyChips        for each ordered pair (offerer, recipient), the costly concessions that are empty
 */
public record BargainingReport(List<AdditiveUtility> expectedUtilities, ParetoSet frontier,
                               Map<SolutionConcept, Optional<SolutionPoint>> solutions, Zopa zopa,
                               List<ChipAssessment> emptyChips) {
    public BargainingReport {
        expectedUtilities = List.copyOf(expectedUtilities);
        // An EnumMap keeps the concepts in declaration order: Map.copyOf's order changes from one JVM run to the next.
        EnumMap<SolutionConcept, Optional<SolutionPoint>> ordered = new EnumMap<>(SolutionConcept.class);
        ordered.putAll(solutions);
        solutions = java.util.Collections.unmodifiableMap(ordered);
        emptyChips = List.copyOf(emptyChips);
    }
}
