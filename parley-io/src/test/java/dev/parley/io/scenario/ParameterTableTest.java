package dev.parley.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.model.Effect;
import dev.parley.model.ParameterTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter-path addressing scheme on the minimal scenario: which paths exist, shorthands, effects. */
class ParameterTableTest {

    private final ParameterTable table = ScenarioReader.read(ValidScenarioTest.valid("minimal.yaml")).parameters();

    @Test
    void listsEveryNumericParameterInFileOrder() {
        assertThat(table.paths()).containsExactly(
                "scenario.discount_per_month",
                "issues.sanctions.commitments.lifted.credibility",
                "preferences.A.weights.sanctions",
                "preferences.A.weights.line",
                "preferences.A.values.sanctions.kept",
                "preferences.A.values.sanctions.eased",
                "preferences.A.values.sanctions.lifted",
                "preferences.B.weights.sanctions",
                "preferences.B.weights.line",
                "preferences.B.values.sanctions.kept",
                "preferences.B.values.sanctions.eased",
                "preferences.B.values.sanctions.lifted",
                "preferences.C.weights.sanctions",
                "preferences.C.weights.line",
                "preferences.C.values.sanctions.kept",
                "preferences.C.values.sanctions.eased",
                "preferences.C.values.sanctions.lifted",
                "trust.B.A",
                "trust.C.A",
                "conflict.front.initial",
                "conflict.front.drift_per_month",
                "conflict.front.volatility",
                "conflict.costs.A.per_month",
                "conflict.costs.A.growth_per_month",
                "conflict.costs.B.per_month",
                "conflict.costs.B.growth_per_month",
                "conflict.escalation_ladder.strikes.counter.probability",
                "factors.budget.probability",
                "durability.rearmament_per_month.A",
                "durability.rearmament_per_month.B");
        assertThat(table.size()).isEqualTo(30);
    }

    @Test
    void entriesCarryValueSourceAndMeaningfulRange() {
        ParameterTable.Entry credibility = table.find("issues.sanctions.commitments.lifted.credibility").orElseThrow();
        assertThat(credibility.param().value()).isEqualTo(0.5);
        assertThat(credibility.param().source()).isEqualTo("judgement: slow to ease");
        assertThat(credibility.lower()).isZero();
        assertThat(credibility.upper()).isEqualTo(1.0);

        ParameterTable.Entry drift = table.find("conflict.front.drift_per_month").orElseThrow();
        assertThat(drift.lower()).isEqualTo(-1.0);
        assertThat(drift.upper()).isEqualTo(1.0);
        assertThat(table.find("conflict.costs.A.per_month").orElseThrow().upper()).isInfinite();
    }

    @Test
    void conflictShorthandsResolveToTheCanonicalPath() {
        assertThat(ParameterTable.canonical("front.drift_per_month")).isEqualTo("conflict.front.drift_per_month");
        assertThat(ParameterTable.canonical("costs.A.per_month")).isEqualTo("conflict.costs.A.per_month");
        assertThat(ParameterTable.canonical("trust.B.A")).isEqualTo("trust.B.A");
        assertThat(table.indexOf("front.drift_per_month")).isEqualTo(table.indexOf("conflict.front.drift_per_month"))
                .isNotNegative();
        assertThat(table.find("escalation_ladder.strikes.counter.probability")).isPresent();
        assertThat(table.indexOf("front.nope")).isEqualTo(-1);
        assertThat(table.find("conflict.beliefs.A.drift_per_month")).isEmpty();
    }

    @Test
    void applyAddsMultipliesAndSetsInOrder() {
        double[] values = table.values();
        int drift = table.indexOf("conflict.front.drift_per_month");
        int trust = table.indexOf("trust.B.A");
        int cost = table.indexOf("conflict.costs.A.per_month");

        table.apply(List.of(
                new Effect("front.drift_per_month", Effect.Operation.ADD, 0.002),
                new Effect("trust.B.A", Effect.Operation.MULTIPLY, 0.5),
                new Effect("costs.A.per_month", Effect.Operation.SET, 0.03),
                new Effect("conflict.costs.A.per_month", Effect.Operation.MULTIPLY, 2)), values);

        assertThat(values[drift]).isCloseTo(-0.002, within(1e-15));
        assertThat(values[trust]).isCloseTo(0.2, within(1e-15));
        assertThat(values[cost]).isCloseTo(0.06, within(1e-15));
        assertThat(table.values()[drift]).as("the baseline is untouched").isEqualTo(-0.004);
    }

    @Test
    void effectsReadFromTheScenarioApplyToTheTable() {
        var scenario = ScenarioReader.read(ValidScenarioTest.valid("minimal.yaml")).scenario();
        double[] values = table.values();

        table.apply(scenario.factors().get(0).effects(), values);
        table.apply(scenario.conflict().orElseThrow().escalationLadder().get(0).effects(), values);
        table.apply(scenario.conflict().orElseThrow().escalationLadder().get(0).counter().orElseThrow().effects(),
                values);

        assertThat(values[table.indexOf("costs.A.growth_per_month")]).isCloseTo(0.0007, within(1e-15));
        assertThat(values[table.indexOf("front.drift_per_month")]).isCloseTo(-0.002, within(1e-15));
        assertThat(values[table.indexOf("trust.B.A")]).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void applyRefusesAnUnknownPath() {
        assertThatThrownBy(() -> table.apply(List.of(new Effect("front.nope", Effect.Operation.ADD, 1)),
                table.values())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown parameter path 'front.nope'");
    }
}
