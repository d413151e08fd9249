package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ParleyCommandTest.class.getResource("/scenarios/" + name).toURI()).toString();
    }

    @Test
    void versionNamesTheProject() {
        CliRun o = run("--version");
        assertThat(o.code()).isZero();
        assertThat(o.out()).startsWith("parley ");
    }

    @Test
    void validAScenarioExitsZeroWithASummaryLine() throws Exception {
        String file = resource("mini.yaml");
        CliRun o = run("validate", file);
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains(file + ": valid (3 actors, 2 issues, 63 outcomes, 1 factors, 20 parameters)");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void invalidScenarioPrintsOneLocatedLineAndExitsTwo() throws Exception {
        String file = resource("bad-role.yaml");
        CliRun o = run("validate", file);
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).isEqualTo(file + ":4:32: actors[1].role: 'partty' is not one of party, ratifier, "
                + "stakeholder (did you mean 'party'?)" + System.lineSeparator());
    }

    @Test
    void missingFileAndDirectoryAreBadInputWithoutStackTrace() {
        CliRun missing = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml: no such file").doesNotContain("Exception");
        CliRun directory = run("info", dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory, not a scenario file");
    }

    @Test
    void unknownOptionIsBadInput() {
        CliRun o = run("run", "--nope", "x.yaml");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains("Unknown option: '--nope'");
    }

    @Test
    void infoListsActorsIssuesOutcomeSpaceAndFactorSources() throws Exception {
        CliRun o = run("info", resource("mini.yaml"), "--parameters");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("Outcome space: 63 outcomes")
                .contains("line           [0, 1] step 0.05 (21 points); no deal: follows the conflict model (front)")
                .contains("source: seed: 'tens of billions'")
                .contains("conflict.front.drift_per_month");
    }

    @Test
    void runWritesIdenticalResultsAndReportEachTime() throws Exception {
        // 40 draws keep the Monte Carlo (and its exports) in the comparison at a fraction of the default's time
        CliRun first = run("run", resource("mini.yaml"), "--draws", "40", "--out", dir.toString());
        assertThat(first.code()).isZero();
        Path results = dir.resolve("mini/results.json");
        Path report = dir.resolve("mini/report.html");
        String json = Files.readString(results);
        String html = Files.readString(report);
        assertThat(json).contains("\"schema_version\" : 1").contains("\"outcomes\" : 63");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Assumptions and sources")
                .doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("href=\"http")
                .doesNotContain("url(http").doesNotContain("@import");
        CliRun second = run("run", resource("mini.yaml"), "--draws", "40", "--out", dir.toString());
        assertThat(second.code()).isZero();
        assertThat(Files.readString(results)).isEqualTo(json);
        assertThat(Files.readString(report)).isEqualTo(html);
        try (var files = Files.list(dir.resolve("mini"))) {
            // no temporary file left behind by the atomic writes
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("results.json",
                    "report.html", "draws.csv", "survival.csv", "traces.csv");
        }
    }

    @Test
    void unwritableOutputIsBadInput() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        CliRun o = run("run", resourceUnchecked("mini.yaml"), "--draws", "8", "--out", blocker.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith("parley: cannot write to ");
    }

    private static String resourceUnchecked(String name) {
        try {
            return resource(name);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void schemaCommandPrintsTheDraft202012Schema() {
        CliRun o = run("schema");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
}
