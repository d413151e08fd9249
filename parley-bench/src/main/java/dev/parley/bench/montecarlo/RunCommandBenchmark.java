package dev.parley.bench.montecarlo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The main job as a user runs it (issue 6: {@code parley run scenarios/ukraine-2025.yaml --draws 10000} in under
 * 30 s on a 2-core machine): each operation starts a fresh JVM on the command-line jar,
 * {@code java -jar parley-cli/target/parley.jar run SCENARIO --draws N --threads T --out TMP}, and waits for it, so
 * the time includes the JVM's start and its JIT compilation, the central analyses, the draws, the tornado, the
 * attribution and the writing of the report. Build the jar first ({@code mvn -B -DskipTests package}) and run from
 * the repository root on an otherwise idle machine:
 * {@code java -jar parley-bench/target/benchmarks.jar RunCommand}.
 *
 * <p>The ratio of the two thread counts is lower here than for the draws alone ({@link MonteCarloScalingBenchmark}):
 * the JIT compiles the pipeline in the first seconds of every run (about 9 s of CPU on the flagship), and with
 * {@code --threads 1} it does so on the otherwise idle second core, while with {@code --threads 2} it takes CPU from
 * the draws. With M the main thread's work and B the JIT's, the ratio is at most 2M / (M + B).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 3)
@Fork(1)
public class RunCommandBenchmark {

    @Param({"scenarios/ukraine-2025.yaml"})
    public String scenario;

    @Param({"10000"})
    public int draws;

    @Param({"1", "2"})
    public int threads;

    /** The command-line jar, relative to the repository root. */
    @Param({"parley-cli/target/parley.jar"})
    public String jar;

    private Path out;
    private Path errors;

    @Setup(Level.Trial)
    public void checkInputs() {
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("'" + Path.of(jar).toAbsolutePath() + "' not found; build it with"
                    + " mvn -B -DskipTests package and run the benchmark from the repository root");
        }
        if (!Files.isRegularFile(Path.of(scenario))) {
            throw new IllegalStateException("scenario file '" + Path.of(scenario).toAbsolutePath() + "' not found;"
                    + " run the benchmark from the repository root or pass -p scenario=<path>");
        }
    }

    @Setup(Level.Iteration)
    public void makeOutputFolder() throws IOException {
        out = Files.createTempDirectory("parley-run-bench");
        errors = Files.createTempFile("parley-run-bench", ".err");
    }

    @TearDown(Level.Iteration)
    public void removeOutputFolder() throws IOException {
        try (Stream<Path> paths = Files.walk(out)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.deleteIfExists(errors);
    }

    @Benchmark
    public int runCommand() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-jar", jar, "run", scenario, "--draws", Integer.toString(draws),
                "--threads", Integer.toString(threads), "--out", out.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("parley run exited with " + exit + ": "
                    + Files.readString(errors, StandardCharsets.UTF_8).strip());
        }
        return exit;
    }
}
