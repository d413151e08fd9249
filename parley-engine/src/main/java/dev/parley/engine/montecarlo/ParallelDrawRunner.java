package dev.parley.engine.montecarlo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        AtomicBoolean failed = new AtomicBoolean(); // a failed draw stops the others without touching the caller's flag
        int blocks = (draws + BLOCK - 1) / BLOCK;
        Runnable worker = () -> {
            int b;
            while (!cancel.get() && !failed.get() && (b = nextBlock.getAndIncrement()) < blocks) {
                int end = Math.min(draws, (b + 1) * BLOCK);
                for (int i = b * BLOCK; i < end; i++) {
                    if (cancel.get() || failed.get()) {
                        return;
                    }
                    try {
                        out[i] = task.run(firstDraw + i, DrawStreams.forDraw(seed, firstDraw + i));
                        if (out[i] == null) {
                            throw new IllegalStateException("draw " + (firstDraw + i) + " returned no result (null);"
                                    + " a draw task must return its outputs");
                        }
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                    done[i] = true;
                }
            }
        };
        int pool = Math.min(threads, Math.max(1, blocks));
        if (pool == 1) {
            worker.run();
        } else {
            ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
                Thread t = new Thread(r, "parley-draws");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int k = 0; k < pool; k++) {
                    futures.add(executor.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get(); // also publishes the workers' writes to out[] and done[] (happens-before)
                }
            } catch (InterruptedException e) {
                cancel.set(true); // the caller was interrupted (e.g. Ctrl-C): stop as if cancelled, return the prefix
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("a draw failed: " + cause, cause);
            } finally {
                awaitWorkers(executor);
            }
        }
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

    /** Waits for the workers (they stop after their current draw once cancelled), keeping an interrupt pending. */
    private static void awaitWorkers(ExecutorService executor) {
        executor.shutdown();
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                if (executor.awaitTermination(1, java.util.concurrent.TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
