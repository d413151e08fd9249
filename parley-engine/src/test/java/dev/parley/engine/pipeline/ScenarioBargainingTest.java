package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.bargain.ChipAssessment;
import dev.parley.engine.bargain.EmptyChipDetector;
import dev.parley.engine.bargain.EmptyChipReason;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flagship's chips against hand computation from the scenario's numbers (DESIGN.md §4.2:
 * gain = w·q·trust·(v(o) − v(nd))), and the seed's two empty chips for the right reasons.
 */
class ScenarioBargainingTest {

    /** Surefire runs in the module folder; the shipped scenarios live at the repository root. */
    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");

    private static List<ChipAssessment> chips(Scenario scenario) {
        return ScenarioBargaining.of(scenario).offeredChips(new EmptyChipDetector());
    }

    @Test
    void baselineChipsMatchHandComputation() {
        Scenario s = ScenarioReader.read(UKRAINE).scenario();
        List<ChipAssessment> chips = chips(s);
        assertThat(chips).hasSize(4);
        // NATO non-invitation: v_RU(not-invited) − v_RU(not-invited) = 0, whatever the weight or credibility.
        assertThat(chips.get(0).gain()).isEqualTo(0.0);
        assertThat(chips.get(0).reason()).contains(EmptyChipReason.ALREADY_NO_DEAL_STATE);
        // Sanctions lifted: w_RU = 0.10, q = 0.3 · trust[RU][US] 0.15 = 0.045, v(lifted) − v(kept) = 1 − 0.3.
        assertThat(chips.get(1).credibility()).isCloseTo(0.045, within(1e-12));
        assertThat(chips.get(1).gain()).isCloseTo(0.10 * 0.045 * 0.7, within(1e-12));
        assertThat(chips.get(1).reason()).contains(EmptyChipReason.NOT_CREDIBLE);
        // Sanctions eased: q = 0.4 · 0.15 = 0.06, v(eased) − v(kept) = 0.65 − 0.3.
        assertThat(chips.get(2).gain()).isCloseTo(0.10 * 0.06 * 0.35, within(1e-12));
        assertThat(chips.get(2).reason()).contains(EmptyChipReason.NOT_CREDIBLE);
        // Binding guarantee to Ukraine: w_UA = 0.2, q = 0.1 · trust[UA][US] 0.4, v(binding) − v(none) = 1.
        assertThat(chips.get(3).gain()).isCloseTo(0.2 * 0.04 * 1.0, within(1e-12));
        assertThat(chips.get(3).reason()).contains(EmptyChipReason.NOT_CREDIBLE);
    }

    @Test
    void centralCaseAppliesSwitchedOnFactorsAndTheChipsStayEmpty() {
        LoadedScenario loaded = ScenarioReader.read(UKRAINE);
        Scenario central = loaded.parameters().centralCase(loaded.scenario());
        List<ChipAssessment> chips = chips(central);
        // Factor empty-chips halves the lifting credibility (0.3 → 0.15); trust-deficit multiplies trust[RU][US]
        // by 0.8 (0.15 → 0.12).
        assertThat(chips.get(1).credibility()).isCloseTo(0.15 * 0.12, within(1e-12));
        assertThat(chips.get(0).reason()).contains(EmptyChipReason.ALREADY_NO_DEAL_STATE);
        assertThat(chips.get(1).reason()).contains(EmptyChipReason.NOT_CREDIBLE);
        assertThat(chips).allSatisfy(c -> assertThat(c.empty()).isTrue());
    }

    @Test
    void spaceFollowsTheScenarioAndTheFrontSetsTheLinesNoDealState() {
        Scenario s = ScenarioReader.read(UKRAINE).scenario();
        ScenarioBargaining b = ScenarioBargaining.of(s);
        assertThat(b.space().size()).isEqualTo(s.outcomeCount().longValueExact());
        assertThat(b.deciders()).containsExactly("US", "RU", "UA");
        int line = b.issueIndex("line");
        double front = s.conflict().orElseThrow().front().initial().value();
        assertThat(b.space().numericValue(line, b.noDealOutcome()[line])).isCloseTo(front, within(0.005));
        ScenarioBargaining later = ScenarioBargaining.of(s, 0.1);
        assertThat(later.space().numericValue(line, later.noDealOutcome()[line])).isCloseTo(0.1, within(1e-9));
    }
}
