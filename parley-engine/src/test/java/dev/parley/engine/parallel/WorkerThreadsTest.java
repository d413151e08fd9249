package dev.parley.engine.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every test that waits on threads has a timeout, so that a regression fails instead of hanging the build. */
@Timeout(20)
class WorkerThreadsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 8})
    void everyItemIsTakenExactlyOnce(int threads) {
        int n = 10_000;
        AtomicIntegerArray taken = new AtomicIntegerArray(n);
        AtomicInteger next = new AtomicInteger();
        WorkerThreads.run(threads, "test", new AtomicBoolean(), stopped -> {
            int i;
            while (!stopped.getAsBoolean() && (i = next.getAndIncrement()) < n) {
                taken.incrementAndGet(i);
            }
        });
        for (int i = 0; i < n; i++) {
            assertEquals(1, taken.get(i), "item " + i);
        }
    }

    @Test
    void oneThreadRunsOnTheCallersThread() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        WorkerThreads.run(1, "test", new AtomicBoolean(), stopped -> ran.set(Thread.currentThread()));
        assertSame(Thread.currentThread(), ran.get());
    }

    @Test
    void aFailingWorkerStopsTheOthersAndItsExceptionReachesTheCaller() {
        AtomicInteger itemsAfterFailure = new AtomicInteger();
        AtomicBoolean failedYet = new AtomicBoolean();
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> WorkerThreads.run(2, "test", new AtomicBoolean(), stopped -> {
                    if (Thread.currentThread().getName().equals("test") && failedYet.compareAndSet(false, true)) {
                        throw new IllegalStateException("item 7 failed");
                    }
                    while (!stopped.getAsBoolean()) {
                        Thread.onSpinWait(); // the other worker spins until the failure stops it
                    }
                    itemsAfterFailure.incrementAndGet();
                }));
        assertEquals("item 7 failed", thrown.getMessage());
        assertEquals(1, itemsAfterFailure.get(), "the surviving worker saw the stop and returned");
    }

    @Test
    void cancellingStopsTheWorkers() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger stoppedWorkers = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(2);
        Thread canceller = new Thread(() -> {
            try {
                started.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        });
        canceller.start();
        WorkerThreads.run(2, "test", cancel, stopped -> {
            started.countDown();
            while (!stopped.getAsBoolean()) {
                Thread.onSpinWait();
            }
            stoppedWorkers.incrementAndGet();
        });
        assertEquals(2, stoppedWorkers.get());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void anInterruptSetsTheCancelFlagWaitsForTheWorkersAndKeepsTheInterrupt() throws InterruptedException {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger finished = new AtomicInteger();
        AtomicInteger finishedWhenRunReturned = new AtomicInteger(-1);
        AtomicBoolean interruptKept = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        Thread caller = new Thread(() -> {
            WorkerThreads.run(2, "test", cancel, stopped -> {
                started.countDown();
                while (!stopped.getAsBoolean()) {
                    Thread.onSpinWait();
                }
                try {
                    Thread.sleep(200); // a slow last item: run must wait for it
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.incrementAndGet();
            });
            finishedWhenRunReturned.set(finished.get());
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertTrue(cancel.get(), "the interrupt set the caller's cancellation flag");
        assertEquals(2, finishedWhenRunReturned.get(), "both workers had finished when run returned");
        assertTrue(interruptKept.get(), "the interrupt status is kept for the caller");
    }

    @Test
    void onOneThreadAnInterruptOfTheCallerAlsoStopsTheLoop() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger items = new AtomicInteger();
        try {
            WorkerThreads.run(1, "test", cancel, stopped -> {
                while (!stopped.getAsBoolean()) {
                    if (items.incrementAndGet() == 5) {
                        Thread.currentThread().interrupt(); // as a caller's caller would, between items
                    }
                }
            });
            assertEquals(5, items.get(), "the loop stopped at the item after the interrupt");
            assertTrue(cancel.get());
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
        } finally {
            Thread.interrupted(); // leave the test thread clean
        }
    }

    @Test
    void aFailureDuringAnInterruptIsStillReported() throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(1);
        Thread caller = new Thread(() -> {
            try {
                WorkerThreads.run(2, "test", new AtomicBoolean(), stopped -> {
                    started.countDown();
                    try {
                        interrupted.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("item failed while the caller was interrupted");
                });
            } catch (IllegalStateException e) {
                thrown.set(e);
            }
            interruptKept.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        caller.interrupt();
        Thread.sleep(100); // the caller has seen the interrupt and waits for the workers
        interrupted.countDown();
        caller.join(10_000);
        assertFalse(caller.isAlive());
        assertEquals("item failed while the caller was interrupted", thrown.get().getMessage());
        assertTrue(interruptKept.get());
    }

    @Test
    void noThreadsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerThreads.run(0, "test", new AtomicBoolean(), stopped -> { }));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }
}
