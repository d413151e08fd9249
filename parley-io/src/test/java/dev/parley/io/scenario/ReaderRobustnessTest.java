package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random damage to the valid scenario (deleted, inserted and replaced characters and tokens): whatever the
 * damage, the reader either accepts the file or throws a {@link ScenarioException} whose every line is located text,
 * never another exception.
 */
class ReaderRobustnessTest {

    private static final int MUTANTS = 800;
    private static final String[] TOKENS = {"", " ", "\t", ":", "-", "[", "]", "{", "}", "\"", "'", "#", ",", "\n",
        "null", "~", "0", "-1", "1e999", ".nan", ".inf", "2.5", "true", "x", "&a ", "*a", "!!binary ", "? ", "%",
        "@", "`", "|", ">", "!", "999999999999999999999", "\u00e9", "\u0000", "\ud83d\ude00", "\n---\n", "...",
        "\n  - ", "{}", "[]", "\"\\q\"", "0x1F", "1_000", "<<: "};

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yaml", "minimal.json"})
    void damagedScenariosFailOnlyWithLocatedScenarioExceptions(String name) throws IOException {
        String text = Files.readString(ValidScenarioTest.valid(name));
        Random random = new Random(20250120L + name.hashCode());
        Path file = temp.resolve("mutant-" + name);
        int rejected = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String mutant = mutate(text, random);
            Files.write(file, mutant.getBytes(StandardCharsets.UTF_8));
            try {
                ScenarioReader.read(file);
            } catch (ScenarioException e) {
                rejected++;
                assertThat(e.errors()).isNotEmpty();
                for (Diagnostic d : e.diagnostics()) {
                    assertThat(d.message()).doesNotContain("\n").isNotBlank();
                    assertThat(d.hint()).doesNotContain("\n");
                }
            } catch (RuntimeException | Error e) {
                fail("mutant " + i + " escaped with " + e + "; text:\n" + mutant, e);
            }
        }
        assertThat(rejected).isGreaterThan(MUTANTS / 2);
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> out.replace(at, Math.min(out.length(), at + random.nextInt(20)),
                        TOKENS[random.nextInt(TOKENS.length)]);
                default -> out.insert(at, random.nextInt(2000) - 1000);
            }
        }
        return out.toString();
    }
}
