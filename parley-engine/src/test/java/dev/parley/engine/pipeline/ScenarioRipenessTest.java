package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The window of opportunity of the flagship (issue 4): the six US-side prerequisites and mutual optimism.
 *
 * <p>With the file's numbers Russia never hurts: κ_RU = 0.07 + 0.02 (factor ru-sustains-war) = 0.09, while its cost
 * 0.04 + 0.0002·t (growth halved by the same factor) reaches only 0.0472 at month 36. So the window is empty with
 * or without the prerequisites — the scenario's own reading of the seed ("Moscow does not feel a hurting
 * stalemate"). The tests therefore check (1) that and why, on the file as it is; (2) what the prerequisites do to
 * the other conditions; (3) the window itself in the counterfactual where Moscow hurts (κ_RU = 0.04, its cost at
 * month 0), labelled as such.
 */
class ScenarioRipenessTest {

    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");
    private static final Set<String> US_PREREQUISITES = Set.of("front-crisis-expected", "limited-resources",
            "trump-ambitions", "escalation-fear", "adversaries-strengthened", "sanctions-leverage-limited");

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
    void asWrittenTheWindowIsClosedBecauseMoscowNeverHurts() {
        for (Set<String> on : java.util.List.of(Set.<String>of(), US_PREREQUISITES)) {
            RipenessTimeline t = timeline(scenario(on, Map.of()));
            assertThat(t.ripeMonths()).isEmpty();
            assertThat(t.painThresholds()[1]).isEqualTo(0.07 + 0.02, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(t.months()).allSatisfy(m -> assertThat(m.assessment().reasons())
                    .anyMatch(r -> r.startsWith("not hurting for RU")));
            assertThat(t.months()).hasSize(31);
            assertThat(t.months().get(30).costs()[1]).isEqualTo(0.04 + 0.0002 * 30,
                    org.assertj.core.api.Assertions.within(1e-12));
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
    void ifMoscowHurtSwitchingThePrerequisitesOffWouldShrinkTheWindowFrom31MonthsToOne() {
        Map<String, Double> moscowHurts = Map.of("conflict.costs.RU.hurting_threshold", 0.04);
        RipenessTimeline on = timeline(scenario(US_PREREQUISITES, moscowHurts));
        RipenessTimeline off = timeline(scenario(Set.of(), moscowHurts));
        assertThat(on.ripeMonths()).containsExactly(months(0, 30));
        assertThat(off.ripeMonths()).containsExactly(30);
        assertThat(off.months().get(10).assessment().reasons()).containsExactly(
                "not hurting for US: cost 0.0350 per month below its pain threshold 0.0450");
    }

    @Test
    void enoughMutualOptimismClosesTheWindow() {
        Map<String, Double> moscowHurts = Map.of("conflict.costs.RU.hurting_threshold", 0.04);
        // Moscow at the optimistic end of its range (−0.008), Kiev expecting gains (+0.008): still a stalemate in
        // each party's eyes (|−0.008·6| < 0.05), but no deal gives everyone its value of fighting on.
        Map<String, Double> optimism = Map.of("conflict.costs.RU.hurting_threshold", 0.04,
                "conflict.beliefs.RU.drift_per_month", -0.008, "conflict.beliefs.UA.drift_per_month", 0.008);
        RipenessTimeline before = timeline(scenario(US_PREREQUISITES, moscowHurts));
        RipenessTimeline after = timeline(scenario(US_PREREQUISITES, optimism));
        assertThat(before.ripeMonths()).hasSize(31);
        assertThat(after.ripeMonths()).isEmpty();
        assertThat(after.count("stalemate")).isEqualTo(31);
        assertThat(after.count("way out")).isZero();
        // Moderate optimism (Moscow −0.008, Kiev 0) only shrinks it, to the last months when costs have grown.
        RipenessTimeline moderate = timeline(scenario(US_PREREQUISITES, Map.of(
                "conflict.costs.RU.hurting_threshold", 0.04, "conflict.beliefs.RU.drift_per_month", -0.008)));
        assertThat(moderate.ripeMonths()).containsExactly(30);
        // On the file as written, the same optimism closes every way out that the prerequisites had opened.
        assertThat(timeline(scenario(US_PREREQUISITES, Map.of("conflict.beliefs.RU.drift_per_month", -0.008,
                "conflict.beliefs.UA.drift_per_month", 0.008))).count("way out")).isZero();
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
