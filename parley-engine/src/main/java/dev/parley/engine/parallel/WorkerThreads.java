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
 * draws, a tournament's negotiations). Each worker takes items from a shared counter and writes each result to the
 * item's own slot, so results do not depend on the thread count; this class only starts, stops and joins them.
 *
 * <p>A worker polls {@code stopped} between items. It turns true when the caller's cancellation flag is set, when
 * another worker has thrown (its exception is then rethrown to the caller) or when the waiting thread is
 * interrupted (e.g. Ctrl-C): the interrupt sets the cancellation flag, the workers finish their current item, and
 * {@link #run} returns with the thread's interrupt status set, leaving the caller to say what a stopped run means.
 * On one thread the loop runs on the caller's thread.
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
        AtomicBoolean failed = new AtomicBoolean(); // a failed item stops the others without touching the caller's flag
        BooleanSupplier stopped = () -> cancel.get() || failed.get();
        if (threads == 1) {
            worker.work(stopped);
            return;
        }
        ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
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
            for (Future<?> f : futures) {
                f.get(); // also publishes the workers' writes to the caller (happens-before)
            }
        } catch (InterruptedException e) {
            cancel.set(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("a worker failed: " + cause, cause);
        } finally {
            awaitWorkers(executor);
        }
    }

    /** Waits for the workers (they stop after their current item once stopped), keeping an interrupt pending. */
    private static void awaitWorkers(ExecutorService executor) {
        executor.shutdown();
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.SECONDS)) {
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
