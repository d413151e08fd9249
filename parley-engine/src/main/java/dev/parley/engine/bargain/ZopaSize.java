package dev.parley.engine.bargain;

/**
 * The number of outcomes in a ZOPA: exact when the space could be enumerated, otherwise a Monte Carlo estimate
 * with a stated two-sided Hoeffding bound (never a silent truncation).
 *
 * @param exact      whether {@link #count} is exact
 * @param count      the exact count, or the estimate rounded to the nearest integer
 * @param estimate   the count (exact) or the estimate
 * @param halfWidth  0 when exact; otherwise the bound: |true − estimate| ≤ halfWidth with probability
 *                   {@link #confidence}
 * @param confidence 1 when exact; otherwise the confidence of the bound
 * @param samples    0 when exact; otherwise the number of uniform samples
 * @param method     how the number was obtained, in words
 */
public record ZopaSize(boolean exact, long count, double estimate, double halfWidth, double confidence,
                       long samples, String method) {
}
