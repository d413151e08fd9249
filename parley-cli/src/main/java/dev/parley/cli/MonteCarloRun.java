package dev.parley.cli;

import dev.parley.engine.montecarlo.DrawOutcome;
import dev.parley.engine.montecarlo.DrawResults;
import dev.parley.engine.montecarlo.OneAtATimeSwings;
import dev.parley.engine.montecarlo.ParallelDrawRunner;
import dev.parley.engine.montecarlo.PerDrawFactorShapley;
import dev.parley.engine.montecarlo.ScenarioSensitivity;
import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import dev.parley.report.Report;
import dev.parley.report.ReportSection;
import dev.parley.report.sections.MonteCarloSection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Monte Carlo step of {@code parley run}: N draws of the scenario on T threads ({@link ParallelDrawRunner}, the
 * same results for any T), a progress line on the terminal, and the "Monte Carlo answers" section.
 */
final class MonteCarloRun {

    private MonteCarloRun() {
    }

    /**
     * @param drawsOption   --draws, or null for the scenario's {@code simulation.draws}
     * @param seedOption    --seed, or null for the scenario's {@code simulation.seed}
     * @param threadsOption --threads, or null for the number of processors
     * @param err           where the progress and skip notes go
     * @return the section, or empty when there is nothing to run (0 draws, or no conflict section to draw from)
     */
    static Optional<MonteCarloSection> section(Scenario s, ParameterTable table, Integer drawsOption,
            Long seedOption, Integer threadsOption, PrintWriter err) {
        return section(s, table, drawsOption, seedOption, threadsOption, err, new OnInterrupt());
    }

    /**
     * As above; Ctrl-C during the draws (or {@code interrupt.cancel()} set) ends the run with the completed prefix,
     * marked partial.
     */
    static Optional<MonteCarloSection> section(Scenario s, ParameterTable table, Integer drawsOption,
            Long seedOption, Integer threadsOption, PrintWriter err, OnInterrupt interrupt) {
        return section(s, table, drawsOption, seedOption, threadsOption, 0, false, err, interrupt);
    }

    /** Attribution draws when --attribution-draws is not given: at most this many (and at most --draws). */
    static final int DEFAULT_ATTRIBUTION_DRAWS = 100;

    /**
     * As above, followed by the factors' Shapley values on {@code attributionDraws} draws (0: none), which run only
     * when the main draws completed.
     */
    static Optional<MonteCarloSection> section(Scenario s, ParameterTable table, Integer drawsOption,
            Long seedOption, Integer threadsOption, int attributionDraws, boolean exactAttribution, PrintWriter err,
            OnInterrupt interrupt) {
        int n = drawsOption != null ? drawsOption : s.simulation().draws();
        if (attributionDraws < 0) {
            throw new UserInputException("--attribution-draws " + attributionDraws + " is negative; give 0 (or"
                    + " --no-attribution) to skip the attribution, or a count such as " + DEFAULT_ATTRIBUTION_DRAWS);
        }
        if (n < 0) {
            throw new UserInputException("--draws " + n + " is negative; give 0 to skip the Monte Carlo or a count"
                    + " such as 1000");
        }
        int threads = threadsOption != null ? threadsOption : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new UserInputException("--threads " + threads + " must be at least 1 (e.g. "
                    + Runtime.getRuntime().availableProcessors() + ", the number of processors)");
        }
        if (n == 0) {
            return Optional.empty();
        }
        if (s.conflict().isEmpty() || s.info().horizonMonths() < RipenessSettings.DEFAULTS.windowMonths()) {
            if (drawsOption != null) {
                err.println("note: Monte Carlo skipped: it needs a conflict section and a horizon of at least "
                        + RipenessSettings.DEFAULTS.windowMonths() + " months (for W(t) and ripeness)");
                err.flush();
            }
            return Optional.empty();
        }
        long seed = seedOption != null ? seedOption : s.simulation().seed();
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(s, table);
        AtomicInteger completed = new AtomicInteger();
        Thread progress = System.console() != null ? progressLine("Monte Carlo", completed, n, err) : null;
        DrawResults<DrawOutcome> run;
        interrupt.arm();
        try {
            run = new ParallelDrawRunner(threads).run(seed, n, (i, rng) -> {
                DrawOutcome o = pipeline.run(rng);
                completed.incrementAndGet();
                return o;
            }, interrupt.cancel());
        } finally {
            interrupt.disarm();
            stop(progress);
        }
        int horizon = s.info().horizonMonths();
        // the tornado's 2k central-case evaluations and the attribution are skipped after Ctrl-C: the user wants out
        List<OneAtATimeSwings.Swing> swings = run.partial() ? List.of()
                : ScenarioSensitivity.swings(pipeline, ScenarioSensitivity.firstRipeMonth(horizon), seed,
                        new ParallelDrawRunner(threads));
        Optional<PerDrawFactorShapley.Result> attribution = Optional.empty();
        PerDrawFactorShapley shapley = exactAttribution
                ? new PerDrawFactorShapley(pipeline, PerDrawFactorShapley.MAX_EXACT_PLAYERS)
                : new PerDrawFactorShapley(pipeline);
        if (exactAttribution && !shapley.exact()) {
            throw new UserInputException("--exact-attribution: the scenario has " + shapley.players().size()
                    + " random factors; exact Shapley values are offered up to " + PerDrawFactorShapley.MAX_EXACT_PLAYERS
                    + " (2^k pipeline runs per draw); drop the option to sample one permutation per draw");
        }
        int a = Math.min(attributionDraws, n);
        if (!run.partial() && a > 0 && !shapley.players().isEmpty()) {
            AtomicInteger done = new AtomicInteger();
            Thread bar = System.console() != null ? progressLine("Attribution", done, a, err) : null;
            interrupt.arm();
            try {
                attribution = Optional.of(shapley.run(seed, a, new ParallelDrawRunner(threads), interrupt.cancel(),
                        done::incrementAndGet));
            } finally {
                interrupt.disarm();
                stop(bar);
            }
        }
        return Optional.of(new MonteCarloSection(pipeline, run, swings, attribution));
    }

    private static void stop(Thread progress) {
        if (progress != null) {
            progress.interrupt();
            try {
                progress.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Ctrl-C during the draws: a shutdown hook, registered only while the draws run, sets the cancellation flag, so
     * the draws stop after the current ones and the run's completed prefix is reported, marked partial; the hook
     * then holds the JVM until the results are written ({@link #close}) or 30 seconds have passed.
     */
    static final class OnInterrupt implements AutoCloseable {
        private final AtomicBoolean cancel = new AtomicBoolean();
        private final java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        private final Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                written.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "parley-interrupt");

        private boolean armed;

        AtomicBoolean cancel() {
            return cancel;
        }

        void arm() {
            Runtime.getRuntime().addShutdownHook(hook);
            armed = true;
        }

        void disarm() {
            if (!armed) {
                return;
            }
            armed = false;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running (Ctrl-C): it waits for close()
            }
        }

        /** The results are written (or will not be): a running hook may let the JVM exit. */
        @Override
        public void close() {
            written.countDown();
            disarm();
        }
    }

    /** The report with {@code section} placed right after the summary (the answers come first). */
    static Report firstAfterSummary(Report report, ReportSection section, Scenario s, String parleyVersion) {
        List<ReportSection> sections = new ArrayList<>(report.sections());
        sections.remove(section);
        sections.add(Math.min(1, sections.size()), section);
        return new Report(s.info().title(), s.info().id(), parleyVersion, sections);
    }

    /** Rewrites "Monte Carlo: k/N draws" on the terminal twice a second; the line is cleared at the end. */
    private static Thread progressLine(String what, AtomicInteger completed, int n, PrintWriter err) {
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    err.print("\r" + what + ": " + completed.get() + "/" + n + " draws");
                    err.flush();
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                // finished: fall through to clear the line
            }
            err.print("\r" + " ".repeat(40) + "\r");
            err.flush();
        }, "parley-progress");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
