package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-scenario corpus: every file under {@code scenarios/malformed/} must fail with exactly the diagnostics
 * listed for it in {@code EXPECTED.tsv} (text, line and column), and nothing but a {@link ScenarioException} may ever
 * leave {@link ScenarioReader#read}.
 */
class MalformedScenarioTest {

    /** Cases the test builds itself rather than committing: an over-large file, a directory, a missing file. */
    private static final Set<String> GENERATED = Set.of("huge.yaml", "directory.yaml", "missing.yaml");

    @TempDir
    static Path temp;

    static Path malformed() {
        try {
            return Path.of(MalformedScenarioTest.class.getResource("/scenarios/malformed/EXPECTED.tsv").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** File name to expected diagnostic lines, in file order. */
    static Map<String, List<String>> expectations() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(malformed().resolve("EXPECTED.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                assertThat(tab).as("no tab in EXPECTED.tsv line: %s", line).isPositive();
                expected.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>()).add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return expected;
    }

    static Stream<Arguments> cases() {
        return expectations().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedDiagnostics(String name, List<String> expected) throws IOException {
        Path file = locate(name);

        Throwable thrown = catchThrowable(() -> ScenarioReader.read(file));

        assertThat(thrown).as(name).isExactlyInstanceOf(ScenarioException.class);
        List<String> actual = ((ScenarioException) thrown).diagnostics().stream()
                .map(d -> new Diagnostic(d.severity(), Path.of(name), d.line(), d.column(), d.path(), d.message(),
                        d.hint()).format())
                .toList();
        assertThat(actual).as(name).containsExactlyElementsOf(expected);
    }

    @Test
    void everyCommittedCaseHasExpectationsAndViceVersa() throws IOException {
        Set<String> committed = new TreeSet<>();
        try (Stream<Path> files = Files.list(malformed())) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("EXPECTED.tsv")).forEach(committed::add);
        }
        Set<String> listed = new TreeSet<>(expectations().keySet());
        listed.removeAll(GENERATED);

        assertThat(committed).isEqualTo(listed);
        assertThat(committed.size() + GENERATED.size()).isGreaterThanOrEqualTo(45);
    }

    @Test
    void nothingButScenarioExceptionEverEscapes() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(malformed())) {
            files.filter(p -> !p.getFileName().toString().equals("EXPECTED.tsv")).forEach(all::add);
        }
        for (String name : GENERATED) {
            all.add(locate(name));
        }
        for (Path file : all) {
            Throwable thrown = catchThrowable(() -> ScenarioReader.read(file));
            assertThat(thrown).as(file.toString()).isExactlyInstanceOf(ScenarioException.class);
            ScenarioException e = (ScenarioException) thrown;
            assertThat(e.errors()).as(file.toString()).isNotEmpty();
            for (Diagnostic d : e.diagnostics()) {
                assertThat(d.format()).as(file.toString()).doesNotContain("\n", "Exception", "tools.jackson",
                        "org.snakeyaml", "com.networknt");
            }
        }
    }

    @Test
    void sizeLimitCountsBytesNotCharacters() throws IOException {
        Path file = temp.resolve("exactly-at-limit.yaml");
        byte[] bytes = new byte[(int) SourceText.MAX_BYTES];
        Arrays.fill(bytes, (byte) '\n');
        byte[] head = "scenario: {}\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        Files.write(file, bytes);

        // At the limit the file is read (and parsed: YAML's own 3 MiB default limit must not get in the way).
        assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("missing required key 'actors'");
    }

    /** The file for a case: committed under malformed/, or built here for the generated ones. */
    private static Path locate(String name) throws IOException {
        switch (name) {
            case "huge.yaml" -> {
                Path file = temp.resolve(name);
                if (!Files.exists(file)) {
                    byte[] line = "# padding padding padding padding padding padding padding padding padding\n"
                            .getBytes(StandardCharsets.UTF_8);
                    long size = 0;
                    try (OutputStream out = Files.newOutputStream(file)) {
                        while (size + line.length <= SourceText.MAX_BYTES) {
                            out.write(line);
                            size += line.length;
                        }
                        byte[] rest = new byte[(int) (SourceText.MAX_BYTES - size + 1)];
                        Arrays.fill(rest, (byte) '#');
                        out.write(rest);
                    }
                }
                return file;
            }
            case "directory.yaml" -> {
                return Files.createDirectories(temp.resolve(name));
            }
            case "missing.yaml" -> {
                return temp.resolve(name);
            }
            default -> {
                return malformed().resolve(name);
            }
        }
    }
}
