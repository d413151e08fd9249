package dev.parley.bench.montecarlo;

import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Monte Carlo benchmarks' scenario, read from a path relative to where JMH runs. */
final class BenchScenarios {

    private BenchScenarios() {
    }

    /** The draw pipeline of the scenario at {@code path}, with a hint when the file is not found. */
    static ScenarioDrawPipeline pipeline(String path) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("scenario file '" + file.toAbsolutePath() + "' not found; run the"
                    + " benchmark from the repository root or pass -p scenario=<path to a scenario .yaml>");
        }
        return new ScenarioDrawPipeline(ScenarioReader.read(file).scenario());
    }
}
