package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.model.Distribution;
import dev.parley.model.Effect;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.Param;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.model.ValueFunction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The valid base scenario, its JSON twin, the documented defaults and weight normalisation. */
class ValidScenarioTest {

    @TempDir
    Path temp;

    static Path valid(String name) {
        try {
            return Path.of(ValidScenarioTest.class.getResource("/scenarios/valid/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void yamlAndJsonTwinLoadToEqualScenarios() {
        LoadedScenario yaml = ScenarioReader.read(valid("minimal.yaml"));
        LoadedScenario json = ScenarioReader.read(valid("minimal.json"));

        assertThat(yaml.notes()).isEmpty();
        assertThat(json.notes()).isEmpty();
        assertThat(json.scenario()).isEqualTo(yaml.scenario());
        assertThat(json.parameters().entries()).isEqualTo(yaml.parameters().entries());
    }

    @Test
    void minimalScenarioBindsAsWritten() {
        Scenario s = ScenarioReader.read(valid("minimal.yaml")).scenario();

        assertThat(s.info().id()).isEqualTo("minimal");
        assertThat(s.info().start()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(s.info().horizonMonths()).isEqualTo(24);
        assertThat(s.actorsWithRole(Role.PARTY)).extracting(a -> a.id()).containsExactly("A", "B");
        assertThat(s.actorsWithRole(Role.RATIFIER)).extracting(a -> a.id()).containsExactly("C");

        Issue.Discrete sanctions = (Issue.Discrete) s.issue("sanctions").orElseThrow();
        assertThat(sanctions.options()).containsExactly("kept", "eased", "lifted");
        assertThat(sanctions.noDeal()).isEqualTo(new NoDeal.Option("kept"));
        assertThat(sanctions.commitments().get("lifted").obligor()).isEqualTo("A");
        assertThat(sanctions.commitments().get("lifted").credibility())
                .isEqualTo(new Param(0.5, "judgement: slow to ease"));

        Issue.Continuous line = (Issue.Continuous) s.issue("line").orElseThrow();
        assertThat(line.min()).isZero();
        assertThat(line.max()).isEqualTo(1.0);
        assertThat(line.step()).isCloseTo(0.05, within(1e-12));
        assertThat(line.noDeal()).isEqualTo(new NoDeal.FromConflict("front"));

        assertThat(s.preferences().get("C").values().get("line")).isInstanceOf(ValueFunction.PiecewiseLinear.class);
        assertThat(s.trust("B", "A")).isEqualTo(0.4);
        assertThat(s.trust("A", "B")).isEqualTo(1.0);
        assertThat(s.conflict().orElseThrow().front().heldBy()).isEqualTo("A");
        assertThat(s.conflict().orElseThrow().escalationLadder().get(0).counter().orElseThrow().effects())
                .containsExactly(new Effect("trust.B.A", Effect.Operation.ADD, -0.1));
        assertThat(s.factors().get(0).probability()).contains(Param.of(0.5));
        assertThat(s.uncertainty().get("conflict.front.drift_per_month"))
                .isEqualTo(new Distribution.Triangular(-0.008, -0.004, 0.001));
        assertThat(s.simulation().maxMonths()).isEqualTo(12);
        assertThat(s.simulation().strategies()).containsEntry("A", "boulware").containsEntry("B", "hardliner");
    }

    @Test
    void omittedKeysTakeTheDocumentedDefaults() throws IOException {
        Path file = write("defaults.yaml", """
                scenario: { id: d, title: Defaults, start: 2025-06, horizon_months: 18 }
                actors:
                  - { id: A, name: A, role: party }
                  - { id: B, name: B, role: party }
                issues:
                  - { id: x, range: [0, 10], no_deal: 5 }
                preferences:
                  A: { weights: { x: 1 }, values: { x: { linear: [0, 1] } } }
                  B: { weights: { x: 1 }, values: { x: { linear: [1, 0] } } }
                factors:
                  - { id: f, text: A factor, effects: {} }
                durability: {}
                """);

        Scenario s = ScenarioReader.read(file).scenario();

        assertThat(s.info().discountPerMonth().value()).isEqualTo(0.99);
        assertThat(((Issue.Continuous) s.issues().get(0)).step()).isEqualTo(0.5);
        assertThat(s.issues().get(0).name()).isEqualTo("x");
        assertThat(s.trust()).isEmpty();
        assertThat(s.conflict()).isEmpty();
        assertThat(s.factors().get(0).active()).isTrue();
        assertThat(s.factors().get(0).kind().name()).isEqualTo("OTHER");
        assertThat(s.durability().orElseThrow().agreementType().name()).isEqualTo("CEASEFIRE");
        assertThat(s.simulation().protocol()).isEqualTo("alternating");
        assertThat(s.simulation().maxMonths()).isEqualTo(18);
        assertThat(s.simulation().roundsPerMonth()).isEqualTo(1);
        assertThat(s.simulation().seed()).isEqualTo(20250120L);
        assertThat(s.simulation().draws()).isEqualTo(1000);
    }

    @Test
    void weightsThatDoNotSumToOneAreNormalisedWithALocatedNote() throws IOException {
        Path file = write("weights.yaml", """
                scenario: { id: w, title: Weights, start: 2025-01, horizon_months: 12 }
                actors:
                  - { id: A, name: A, role: party }
                  - { id: B, name: B, role: party }
                issues:
                  - { id: x, options: [lo, hi], no_deal: lo }
                  - { id: y, range: [0, 1], no_deal: 0.5 }
                preferences:
                  A:
                    weights: { x: 0.5, y: 0.75 }
                    values: { x: { lo: 0, hi: 1 }, y: { linear: [0, 1] } }
                  B:
                    weights: { x: 0.4, y: 0.6 }
                    values: { x: { lo: 1, hi: 0 }, y: { linear: [1, 0] } }
                """);

        LoadedScenario loaded = ScenarioReader.read(file);

        assertThat(loaded.notes()).hasSize(1);
        Diagnostic note = loaded.notes().get(0);
        assertThat(note.isError()).isFalse();
        assertThat(note.line()).isEqualTo(10);
        assertThat(note.column()).isEqualTo(14);
        assertThat(note.format()).isEqualTo(file + ":10:14: note: preferences.A.weights: weights sum to 1.25, not 1; "
                + "normalised by dividing each by 1.25");
        assertThat(loaded.scenario().preferences().get("A").weights().get("x").value()).isCloseTo(0.4, within(1e-12));
        assertThat(loaded.scenario().preferences().get("A").weights().get("y").value()).isCloseTo(0.6, within(1e-12));
        assertThat(loaded.scenario().preferences().get("B").weights().get("x").value()).isEqualTo(0.4);
    }

    @Test
    void unstatedTrustInAnObligorGetsOneNotePerPair() throws IOException {
        Path file = write("trust.yaml", """
                scenario: { id: t, title: Trust, start: 2025-01, horizon_months: 12 }
                actors:
                  - { id: A, name: A, role: party }
                  - { id: B, name: B, role: party }
                  - { id: G, name: Guarantor, role: stakeholder }
                issues:
                  - id: x
                    options: [none, promise, guarantee]
                    no_deal: none
                    commitments:
                      promise: { obligor: B, credibility: 0.5 }
                      guarantee: { obligor: G, credibility: 0.5 }
                  - id: y
                    options: [none, promise]
                    no_deal: none
                    commitments:
                      promise: { obligor: B, credibility: 0.5 }
                preferences:
                  A: { weights: { x: 0.5, y: 0.5 }, values: { x: { none: 0, promise: 1, guarantee: 1 }, y: { none: 0, promise: 1 } } }
                  B: { weights: { x: 0.5, y: 0.5 }, values: { x: { none: 1, promise: 0, guarantee: 0 }, y: { none: 1, promise: 0 } } }
                trust:
                  A: { G: 0.5 }
                """);

        LoadedScenario loaded = ScenarioReader.read(file);

        // A's trust in B is missing (noted once, at its first use); A's trust in G is stated; B is the obligor of
        // its own promises and trusts itself; G is a stakeholder, not a decider.
        assertThat(loaded.notes()).extracting(Diagnostic::format).containsExactly(file + ":11:27: note: "
                + "issues[0].commitments.promise.obligor: trust.A.B is not stated, so A takes B's promises at face "
                + "value (trust 1); state it under trust: A: B: to discount them",
                file + ":12:29: note: issues[0].commitments.guarantee.obligor: trust.B.G is not stated, so B takes "
                + "G's promises at face value (trust 1); state it under trust: B: G: to discount them");
        assertThat(loaded.scenario().trust("A", "B")).isEqualTo(1.0);
    }

    @Test
    void integralFloatsCountAsWholeNumbersAndSchemaKeyIsAllowed() throws IOException {
        Path file = write("integral.yaml", """
                $schema: ./parley-scenario.schema.json
                scenario: { id: i, title: Integral, start: 2025-01, horizon_months: 12.0 }
                actors:
                  - { id: A, name: A, role: party }
                  - { id: B, name: B, role: party }
                issues:
                  - { id: x, range: [0, 1], no_deal: 1 }
                preferences:
                  A: { weights: { x: 1 }, values: { x: { linear: [0, 1] } } }
                  B: { weights: { x: 1 }, values: { x: { linear: [1, 0] } } }
                simulation: { draws: 2e3 }
                """);

        Scenario s = ScenarioReader.read(file).scenario();

        assertThat(s.info().horizonMonths()).isEqualTo(12);
        assertThat(s.simulation().draws()).isEqualTo(2000);
    }

    @Test
    void utf8ByteOrderMarkAndNonAsciiTextAreAccepted() throws IOException {
        Path file = temp.resolve("bom.yaml");
        Files.write(file, ("\uFEFF" + Files.readString(valid("minimal.yaml"))
                .replace("A minimal two-party scenario", "Переговоры – «minimal»")).getBytes(StandardCharsets.UTF_8));

        assertThat(ScenarioReader.read(file).scenario().info().title()).isEqualTo("Переговоры – «minimal»");
    }

    @Test
    void columnsCountCharactersNotBytes() throws IOException {
        Path file = temp.resolve("columns.yaml");
        Files.writeString(file, Files.readString(valid("minimal.yaml"))
                .replace("  B: { A: 0.4 }", "  B: { «»: 0.4, A: 1.4 }"), StandardCharsets.UTF_8);

        List<Diagnostic> errors = read(file);

        assertThat(errors).extracting(Diagnostic::format).containsExactly(
                file + ":46:8: trust.B[\"«»\"]: '«»' is not a valid id (expected an id: a letter, then letters, digits, '-' "
                        + "or '_')",
                file + ":46:20: trust.B.A: 1.4 is out of range (must be between 0 and 1)");
    }

    @Test
    void theCompleteExampleOfTheFormatDocumentIsTheMinimalScenario() throws IOException {
        Path doc = Path.of("").toAbsolutePath().getParent().resolve("docs/scenario-format.md");
        Assumptions.assumeTrue(Files.exists(doc), "docs/scenario-format.md is outside this module's checkout");
        String text = Files.readString(doc);
        int start = text.indexOf("```yaml\n", text.indexOf("## A complete example")) + "```yaml\n".length();
        String example = text.substring(start, text.indexOf("```\n", start));

        assertThat(example).isEqualTo(Files.readString(valid("minimal.yaml")));
    }

    private static List<Diagnostic> read(Path file) {
        try {
            ScenarioReader.read(file);
        } catch (ScenarioException e) {
            return e.diagnostics();
        }
        throw new AssertionError("expected " + file + " to be rejected");
    }

    private Path write(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
