package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.pipeline.RipenessSettings;
import dev.parley.engine.pipeline.ScenarioDurability;
import dev.parley.engine.pipeline.ScenarioRipeness;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ripeness and durability sections on the Korean case: the ripe months follow from the scenario's numbers by
 * hand (China's cost 0.03 + 0.0005·t reaches its pain threshold 0.045 at t = 30; the others already hurt or reach
 * it earlier), and the durability figures are the Weibull model's (checked in parley-engine).
 */
class ConflictSectionsTest {

    private static Scenario korea() {
        LoadedScenario loaded = ScenarioReader.read(Path.of("..", "scenarios", "korea-1953.yaml"));
        return loaded.parameters().centralCase(loaded.scenario());
    }

    @Test
    void ripenessSectionMarksTheWindowAndNamesTheFailingCondition() {
        Scenario s = korea();
        RipenessSection section = new RipenessSection(s, new ScenarioRipeness(RipenessSettings.DEFAULTS)
                .timeline(s, 1L));
        // China's cost 0.03 + 0.0005·t reaches its threshold 0.04 at t = 20 (March 1953), as does the UN Command's
        // 0.02 + 0.0005·t its 0.03; the armistice is month 24.
        assertThat(section.windowSentence()).isEqualTo("11 of 31 months are ripe (stalemate, hurting and a way out "
                + "at once): months 20–30.");
        ObjectNode json = section.results();
        assertThat(json.get("ripe_months").size()).isEqualTo(11);
        assertThat(json.get("ripe_months").get(0).asInt()).isEqualTo(20);
        assertThat(json.get("months").size()).isEqualTo(31);
        assertThat(json.get("months").get(19).get("reasons")).extracting(n -> n.asString()).containsExactly(
                "not hurting for UNC: cost 0.0295 per month below its pain threshold 0.0300",
                "not hurting for PRC: cost 0.0395 per month below its pain threshold 0.0400");
        assertThat(json.get("months").get(0).get("deciders").get("PRC").get("cost").asDouble())
                .isCloseTo(0.03, within(1e-12));
        assertThat(json.get("settings").get("window_months").asInt()).isEqualTo(6);
        String html = section.html();
        assertThat(html).contains("<svg", "<th>W PRC</th><th>best PRC</th>", "not hurting for PRC", "<td>ripe</td>");
        assertThat(RipenessSection.failing(section.timeline().months().get(0))).isEqualTo("hurting (UNC); hurting (PRC)");
        assertThat(RipenessSection.ranges(new int[] {0, 1, 2, 5, 7, 8})).isEqualTo("months 0–2, 5, 7–8");
    }

    @Test
    void durabilitySectionGivesTheThreeProbabilitiesMedianAndDriver() {
        ScenarioDurability.Result r = ScenarioDurability.of(korea(), 24, 1L, 120);
        DurabilitySection section = new DurabilitySection(r);
        ObjectNode json = section.results();
        assertThat(json.get("agreement_type").asString()).isEqualTo("ceasefire");
        assertThat(json.get("survival").get("central").size()).isEqualTo(121);
        for (int m : DurabilitySection.WAR_WITHIN_MONTHS) {
            assertThat(json.get("war_within_months").get(Integer.toString(m)).get("estimate").asDouble())
                    .isCloseTo(1 - r.forecast().survival()[m], within(1e-15));
        }
        assertThat(json.get("main_driver").asString()).isEqualTo("agreement type");
        assertThat(json.get("median_months").asDouble()).isEqualTo(r.forecast().median());
        assertThat(section.summarySentence()).startsWith("P(renewed war) within 1 year 9 %");
        assertThat(section.html()).contains("<svg", "<th>Renewed war within</th>", "Nash bargaining solution");
    }
}
