package dev.parley.engine.montecarlo;

import java.util.List;

/**
 * The outputs of a run, ordered by draw index.
 *
 * @param seed      the run's seed
 * @param firstDraw the index of the first draw (0 for a whole run; a shard's offset otherwise)
 * @param requested the number of draws asked for
 * @param results   the outputs of draws firstDraw..firstDraw + results.size() − 1, in that order
 * @param partial   true when the run was cancelled: {@code results} is then the longest completed prefix of draws,
 *                  exactly what an uncancelled run of {@code results.size()} draws would have given
 * @param <R>       the per-draw outputs
 */
public record DrawResults<R>(long seed, long firstDraw, int requested, List<R> results, boolean partial) {

    public DrawResults {
        results = List.copyOf(results);
    }

    public int completed() {
        return results.size();
    }
}
