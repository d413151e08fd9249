package dev.parley.engine.montecarlo;

import dev.parley.engine.parallel.WorkerThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs N draws of a {@link DrawTask} on a fixed number of threads (DESIGN.md §4.7). Draw i always runs on
 * {@link DrawStreams#forDraw}(seed, i) and its result is stored at position i, so the ordered results — and any
 * aggregate computed from them in that order — are byte-identical for every thread count.
 *
 * <p>Threads take blocks of {@link #BLOCK} consecutive draws from a shared counter, in increasing order. A set
 * cancellation flag (e.g. on Ctrl-C) stops the taking of new blocks; the run then returns the longest prefix of
 * draws that all completed, marked partial, which is the same as a complete run with that many draws.
 */
public final class ParallelDrawRunner {

    /** Draws per block: enough to amortise the shared counter, small enough to balance the load. */
    static final int BLOCK = 8;

    private final int threads;

    public ParallelDrawRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; use at least 1 (e.g. the number of cores)");
        }
        this.threads = threads;
    }

    public <R> DrawResults<R> run(long seed, int draws, DrawTask<R> task) {
        return run(seed, draws, task, new AtomicBoolean(false));
    }

    /**
     * @param seed   the run's seed
     * @param draws  N ≥ 0
     * @param task   the per-draw work
     * @param cancel set it to stop early; read between draws
     */
    public <R> DrawResults<R> run(long seed, int draws, DrawTask<R> task, AtomicBoolean cancel) {
        return runShard(seed, 0, draws, task, cancel);
    }

    /**
     * Draws firstDraw..firstDraw + draws − 1 only: a shard that can run on another machine. Shards of one seed
     * that cover 0..N−1 give, merged in draw order, exactly the draws of the whole run.
     */
    public <R> DrawResults<R> runShard(long seed, long firstDraw, int draws, DrawTask<R> task, AtomicBoolean cancel) {
        if (draws < 0 || firstDraw < 0) {
            throw new IllegalArgumentException("draws " + firstDraw + ".." + (firstDraw + draws - 1)
                    + "; use a first draw ≥ 0 and a count ≥ 0");
        }
        Object[] out = new Object[draws];
        boolean[] done = new boolean[draws];
        AtomicInteger nextBlock = new AtomicInteger();
        int blocks = (draws + BLOCK - 1) / BLOCK;
        WorkerThreads.Worker worker = stopped -> {
            int b;
            while (!stopped.getAsBoolean() && (b = nextBlock.getAndIncrement()) < blocks) {
                int end = Math.min(draws, (b + 1) * BLOCK);
                for (int i = b * BLOCK; i < end; i++) {
                    if (stopped.getAsBoolean()) {
                        return;
                    }
                    out[i] = task.run(firstDraw + i, DrawStreams.forDraw(seed, firstDraw + i));
                    if (out[i] == null) {
                        throw new IllegalStateException("draw " + (firstDraw + i) + " returned no result (null);"
                                + " a draw task must return its outputs");
                    }
                    done[i] = true;
                }
            }
        };
        // cancel (set by the run's Ctrl-C hook, or by an interrupt of this thread) ends the run at the completed prefix
        WorkerThreads.run(Math.min(threads, Math.max(1, blocks)), "parley-draws", cancel, worker);
        // done[] is read after every worker has stopped, so the prefix is a consistent snapshot.
        int prefix = 0;
        while (prefix < draws && done[prefix]) {
            prefix++;
        }
        List<R> results = new ArrayList<>(prefix);
        for (int i = 0; i < prefix; i++) {
            @SuppressWarnings("unchecked")
            R r = (R) out[i];
            results.add(r);
        }
        return new DrawResults<>(seed, firstDraw, draws, results, prefix < draws);
    }
}
