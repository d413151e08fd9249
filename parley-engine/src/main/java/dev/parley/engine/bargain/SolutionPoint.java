package dev.parley.engine.bargain;

/**
 * A solution of a bargaining problem on a frontier.
 *
 * @param concept      which concept
 * @param pointIndex   index of the chosen point in the {@link ParetoSet}
 * @param utilities    the chosen utility vector
 * @param objective    the maximised (or, for GENIUS_MIN_ASYMMETRY, minimised) value
 * @param tiedPoints   indices of every frontier point whose objective ties the chosen one (within tolerance),
 *                     the chosen one first; the choice among them is the first in frontier order (first
 *                     party's utility descending)
 * @param disagreement the disagreement point used
 */
public record SolutionPoint(SolutionConcept concept, int pointIndex, double[] utilities, double objective,
                            int[] tiedPoints, DisagreementPoint disagreement) {
    public SolutionPoint {
        utilities = utilities.clone();
        tiedPoints = tiedPoints.clone();
    }

    @Override
    public double[] utilities() {
        return utilities.clone();
    }

    @Override
    public int[] tiedPoints() {
        return tiedPoints.clone();
    }
}
