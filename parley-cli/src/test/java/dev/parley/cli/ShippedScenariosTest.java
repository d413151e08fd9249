package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Factor;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The scenarios shipped in scenarios/ load cleanly, and the flagship encodes the seed's structure. */
class ShippedScenariosTest {

    /** Surefire runs in the module folder; the scenarios live at the repository root. */
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @ParameterizedTest
    @ValueSource(strings = {"ukraine-2025.yaml", "korea-1953.yaml", "minsk-2015.yaml", "tutorial.yaml"})
    void loadsWithoutErrorsOrNotesAndEveryParameterIsSourced(String name) {
        LoadedScenario loaded = ScenarioReader.read(SCENARIOS.resolve(name));
        assertThat(loaded.notes()).isEmpty();
        assertThat(loaded.parameters().entries()).allSatisfy(e -> assertThat(e.param().hasSource())
                .as("source of %s", e.path()).isTrue());
    }

    @Test
    void flagshipHasTheSeedsActorsChipsAndFactors() {
        Scenario s = ScenarioReader.read(SCENARIOS.resolve("ukraine-2025.yaml")).scenario();
        assertThat(s.actorsWithRole(Role.PARTY)).extracting(a -> a.id()).containsExactly("US", "RU");
        assertThat(s.actorsWithRole(Role.RATIFIER)).extracting(a -> a.id()).containsExactly("UA");
        assertThat(s.actorsWithRole(Role.STAKEHOLDER)).extracting(a -> a.id()).containsExactly("EU");
        assertThat(s.issues()).extracting(Issue::id)
                .containsExactly("nato", "sanctions", "guarantees", "contingents", "line", "eurosec");
        // "Kiev is unlikely to receive such an invitation anyway": non-invitation is what holds without a deal.
        assertThat(s.issue("nato").orElseThrow().noDeal()).isEqualTo(new NoDeal.Option("not-invited"));
        assertThat(s.issue("line").orElseThrow().noDeal()).isEqualTo(new NoDeal.FromConflict("front"));
        assertThat(s.factors().stream().filter(f -> f.kind() == Factor.Kind.PREREQUISITE && f.side().equals("US")))
                .hasSize(6);
        assertThat(s.factors().stream().filter(f -> f.kind() == Factor.Kind.OBSTACLE)).hasSize(5);
        assertThat(s.factors()).allSatisfy(f -> assertThat(f.source()).startsWith("seed:"));
        assertThat(s.conflict()).isPresent();
        assertThat(s.durability()).isPresent();
    }
}
