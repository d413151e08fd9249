package dev.parley.engine.space;

import java.util.List;

/**
 * Enumerates every outcome's utilities into columns {@code u[party][outcome]} (outcome = index in the space),
 * for the point-set algorithms of {@code dev.parley.engine.bargain}. Refuses spaces above the caller's limit
 * instead of truncating, naming the exact method that needs no enumeration.
 */
public final class OutcomeEnumeration {
    /** Default limit: 2·10^7 outcomes (160 MB per party in doubles). */
    public static final long DEFAULT_LIMIT = 20_000_000L;

    private OutcomeEnumeration() {
    }

    /**
     * @param parties additive utilities over one space
     * @param limit   the most outcomes to enumerate (at most {@code Integer.MAX_VALUE - 8})
     * @return {@code u[party][outcome]}
     * @throws SpaceTooLargeException when the space has more than {@code limit} outcomes
     */
    public static double[][] utilities(List<AdditiveUtility> parties, long limit) {
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("need at least one party");
        }
        OutcomeSpace space = parties.get(0).space();
        long n = space.size();
        if (n > limit || n > Integer.MAX_VALUE - 8) {
            throw new SpaceTooLargeException("the space has " + n + " outcomes, above the enumeration limit "
                    + Math.min(limit, Integer.MAX_VALUE - 8),
                    "AdditiveMergeParetoFrontier (exact per-issue frontier merging, no enumeration) for the frontier and"
                            + " solution concepts; ZopaAnalyzer's sampled size with its Hoeffding bound for counts");
        }
        double[][] u = new double[parties.size()][(int) n];
        for (int i = 0; i < u.length; i++) {
            if (parties.get(i).space() != space) {
                throw new IllegalArgumentException("all utilities must be over the same OutcomeSpace instance");
            }
            parties.get(i).utilities(0, (int) n, u[i]);
        }
        return u;
    }
}
