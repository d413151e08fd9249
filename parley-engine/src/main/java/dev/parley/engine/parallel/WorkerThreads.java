package dev.parley.engine.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs one worker loop on T threads and waits for them: the part the engine's parallel runs share (the Monte Carlo
 * draws, a tournament's negotiations, the escalation comparison's draws). Each worker takes items from a shared counter and writes each result to the
 * item's own slot, so results do not depend on the thread count; this class only starts, stops and joins them.
 *
 * <p>A worker polls {@code stopped} between items. It turns true when the caller's cancellation flag is set (the
 * run's Ctrl-C hook sets it), when another worker has thrown (its exception is then rethrown to the caller), or when
 * the calling thread is interrupted: the interrupt sets the cancellation flag, the workers finish their current
 * item, and {@link #run} returns with the thread's interrupt status set, leaving the caller to say what a stopped
 * run means. On one thread the loop runs on the caller's thread and polls its interrupt status itself.
 */
public final class WorkerThreads {

    /** One worker's loop: it takes items until there are none left or {@code stopped} says to stop. */
    @FunctionalInterface
    public interface Worker {
        void work(BooleanSupplier stopped);
    }

    private WorkerThreads() {
    }

    /**
     * @param threads    T ≥ 1
     * @param threadName the name of the pool's threads (shown in thread dumps and profilers)
     * @param cancel     the caller's cancellation flag; also set here when the waiting thread is interrupted
     * @param worker     the loop every thread runs
     */
    public static void run(int threads, String threadName, AtomicBoolean cancel, Worker worker) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads = " + threads + "; use at least 1 (e.g. the number of cores)");
        }
        if (threads == 1) {
            worker.work(() -> {
                if (Thread.currentThread().isInterrupted()) {
                    cancel.set(true); // the interrupt stays set for the caller
                }
                return cancel.get();
            });
            return;
        }
        AtomicBoolean failed = new AtomicBoolean(); // a failed item stops the others without touching the caller's flag
        BooleanSupplier stopped = () -> cancel.get() || failed.get();
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            futures.add(executor.submit(() -> {
                try {
                    worker.work(stopped);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        executor.shutdown();
        boolean interrupted = false;
        while (true) { // an interrupt stops the workers after their current item; the wait goes on until they have
            try {
                if (executor.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancel.set(true);
            }
        }
        Throwable failure = null;
        for (Future<?> f : futures) {
            try {
                f.get(); // done, so no waiting; also publishes the workers' writes to the caller (happens-before)
            } catch (ExecutionException e) {
                failure = e.getCause();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // not for a finished task, whose get() does not look at the flag
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            rethrow(failure);
        }
    }

    private static void rethrow(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException("a worker failed: " + cause, cause);
    }
}
