package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Factor;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The window of opportunity of the flagship (issue 4): the six US-side prerequisites and mutual optimism, on the
 * file as written.
 *
 * <p>Hand-checkable numbers: Moscow hurts from month 0 (κ_RU = 0.035, its cost 0.04 + 0.0002·t, growth halved by
 * factor ru-sustains-war). Washington's cost 0.03 + 0.0005·t reaches κ_US = 0.045 only at month 30; with the
 * prerequisites trump-ambitions and escalation-fear on, its cost is 0.04 + 0.0005·t against κ_US = 0.03, so it hurts
 * from month 0. The way out is checked against the best attainable deal of every decider.
 */
class ScenarioRipenessTest {

    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");
    private static final Set<String> US_PREREQUISITES = Set.of("front-crisis-expected", "limited-resources",
            "trump-ambitions", "escalation-fear", "adversaries-strengthened", "sanctions-leverage-limited");
    private static final Map<String, Double> MUTUAL_OPTIMISM = Map.of("conflict.beliefs.RU.drift_per_month", -0.008,
            "conflict.beliefs.UA.drift_per_month", 0.008);

    /** The central case (switched-on factors) plus the named factors, then the given parameter values. */
    private static Scenario scenario(Set<String> switchedOn, Map<String, Double> set) {
        LoadedScenario loaded = ScenarioReader.read(UKRAINE);
        ParameterTable table = loaded.parameters();
        double[] v = table.values();
        for (Factor f : loaded.scenario().factors()) {
            if ((f.active() && f.probability().isEmpty()) || switchedOn.contains(f.id())) {
                table.apply(f.effects(), v);
            }
        }
        set.forEach((path, value) -> v[table.indexOf(path)] = value);
        return table.applyTo(loaded.scenario(), v);
    }

    private static RipenessTimeline timeline(Scenario s) {
        return new ScenarioRipeness(RipenessSettings.DEFAULTS).timeline(s, 7L);
    }

    private static int[] months(int from, int to) {
        return IntStream.rangeClosed(from, to).toArray();
    }

    @Test
    void theSixPrerequisitesAreTheFilesUsSidePrerequisites() {
        Scenario s = ScenarioReader.read(UKRAINE).scenario();
        assertThat(s.factors().stream().filter(f -> f.kind() == Factor.Kind.PREREQUISITE && f.side().equals("US"))
                .map(Factor::id)).containsExactlyInAnyOrderElementsOf(US_PREREQUISITES);
    }

    @Test
    void switchingThePrerequisitesOffShrinksTheWindowFrom31MonthsToOne() {
        RipenessTimeline on = timeline(scenario(US_PREREQUISITES, Map.of()));
        RipenessTimeline off = timeline(scenario(Set.of(), Map.of()));
        assertThat(on.ripeMonths()).containsExactly(months(0, 30));
        assertThat(off.ripeMonths()).containsExactly(30);
        assertThat(off.months().get(10).assessment().reasons()).containsExactly(
                "not hurting for US: cost 0.0350 per month below its pain threshold 0.0450");
        // Moscow hurts throughout, in both cases: κ_RU = 0.035 ≤ 0.04 + 0.0002·t.
        for (RipenessTimeline t : java.util.List.of(on, off)) {
            assertThat(t.painThresholds()[1]).isEqualTo(0.035, within(1e-12));
            assertThat(t.months().get(30).costs()[1]).isEqualTo(0.04 + 0.0002 * 30, within(1e-12));
            assertThat(hurtingMonths(t, 1)).containsExactly(months(0, 30));
        }
    }

    @Test
    void prerequisitesMakeWashingtonHurtAtOnceAndOpenTheFirstMonths() {
        RipenessTimeline off = timeline(scenario(Set.of(), Map.of()));
        RipenessTimeline on = timeline(scenario(US_PREREQUISITES, Map.of()));
        // Off: c_US = 0.03 + 0.0005·t reaches κ_US = 0.045 at t = 30. On: trump-ambitions and escalation-fear add
        // 0.01 to the cost and take 0.015 off the threshold: 0.04 ≥ 0.03 from month 0.
        assertThat(hurtingMonths(off, 0)).containsExactly(30);
        assertThat(hurtingMonths(on, 0)).containsExactly(months(0, 30));
        assertThat(on.months().get(0).costs()[0]).isEqualTo(0.04, within(1e-12));
        // Off: at months 0–2 Washington's W(t) exceeds the best deal Moscow and Kiev would accept.
        assertThat(off.count("way out")).isEqualTo(28);
        assertThat(off.months().get(0).assessment().wayOut()).isFalse();
        assertThat(on.count("way out")).isEqualTo(31);
        // The way-out verdict (a non-empty ZOPA) agrees with the best attainable deal for every decider.
        for (RipenessTimeline t : java.util.List.of(off, on)) {
            for (RipenessMonth m : t.months()) {
                boolean everyone = true;
                for (int i = 0; i < 3; i++) {
                    everyone &= m.bestAgreement()[i] >= m.noDealValues()[i] - 1e-9;
                }
                assertThat(everyone).isEqualTo(m.assessment().wayOut());
            }
        }
    }

    @Test
    void enoughMutualOptimismClosesTheWindow() {
        // Moscow at the optimistic end of its range (−0.008), Kiev expecting gains (+0.008): still a stalemate in
        // each party's eyes (|−0.008·6| < 0.05), but no deal gives everyone its value of fighting on.
        RipenessTimeline before = timeline(scenario(US_PREREQUISITES, Map.of()));
        RipenessTimeline after = timeline(scenario(US_PREREQUISITES, MUTUAL_OPTIMISM));
        assertThat(before.ripeMonths()).hasSize(31);
        assertThat(after.ripeMonths()).isEmpty();
        assertThat(after.count("stalemate")).isEqualTo(31);
        assertThat(after.count("hurting")).isEqualTo(31);
        assertThat(after.count("way out")).isZero();
        // Moderate optimism (Moscow −0.008, Kiev 0) only shrinks it, to the last months when costs have grown.
        RipenessTimeline moderate = timeline(scenario(US_PREREQUISITES,
                Map.of("conflict.beliefs.RU.drift_per_month", -0.008)));
        assertThat(moderate.ripeMonths()).containsExactly(30);
    }

    @Test
    void absentPainThresholdDefaultsToZeroAndAStatedReservationIsTheValueOfNoDeal() {
        Scenario s = ScenarioReader.read(Path.of("src", "test", "resources", "dev", "parley", "engine", "pipeline",
                "reservation-and-conflict.yaml")).scenario();
        RipenessTimeline t = timeline(s);
        assertThat(t.painThresholds()).containsExactly(0.0, 0.0);
        assertThat(t.painSources()).allMatch(p -> p.startsWith("default 0"));
        assertThat(t.noDealSources()).containsExactly("stated reservation", BargainingStage.CONFLICT_SOURCE);
        // A's W is its reservation 0.4; B (no costs, no drift, no volatility) has W = u_B(0.5) = 0.5. B accepts
        // any outcome with line ≥ 0.5 (u_B = line); A values the line as B does, so A's best deal is line = 1 with
        // trade open: 0.5·1 + 0.5·1 = 1.
        RipenessMonth m = t.months().get(0);
        assertThat(m.noDealValues()).containsExactly(new double[] {0.4, 0.5},
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(m.bestAgreement()[0]).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        // Nothing moves and nobody can be decided: stalemate; costs 0.01 and 0 meet κ = 0: hurting; a deal exists.
        assertThat(t.ripeMonths()).containsExactly(months(0, 6));
    }

    private static int[] hurtingMonths(RipenessTimeline t, int party) {
        String prefix = "not hurting for " + t.parties().get(party);
        return t.months().stream().filter(m -> m.assessment().reasons().stream().noneMatch(r -> r.startsWith(prefix)))
                .mapToInt(RipenessMonth::month).toArray();
    }
}
