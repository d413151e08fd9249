package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The negotiation section on the tutorial. Reference numbers by hand from scenarios/tutorial.yaml: N's best allowed
 * outcome (border capped at 0.8 by S's red line) is worth 0.5·0.8 + 0.2 + 0.3 = 0.9 to N and 0.4·0.2 + 0.2 = 0.28 to
 * S; the agreement (border 0.75, north-takes-all, exchanged) 0.875 to N and 0.3 to S, reached at round 12, where N's
 * Boulware target 0.9 − 0.8·(r/24)^5 (e = 0.2, own minimum 0.1) first reaches 0.875.
 */
class NegotiationSectionTest {

    private static Scenario tutorial() {
        LoadedScenario loaded = ScenarioReader.read(Path.of("..", "scenarios", "tutorial.yaml"));
        return loaded.parameters().centralCase(loaded.scenario());
    }

    @Test
    void sectionStatesTheAgreementAndListsEveryOffer() {
        Scenario s = tutorial();
        NegotiationSection section = new NegotiationSection(s, NegotiationStage.run(s, 1L));
        assertThat(section.endingSentence()).isEqualTo("Agreement in month 12 (round 12): border = 0.75; "
                + "water = north-takes-all; prisoners = exchanged.");
        ObjectNode json = section.results();
        assertThat(json.get("ending").asString()).isEqualTo("agreement");
        assertThat(json.get("utilities").get("N").asDouble()).isCloseTo(0.875, within(1e-12));
        assertThat(json.get("utilities").get("S").asDouble()).isCloseTo(0.3, within(1e-12));
        // two offers a round (N and S) in rounds 0..11, none in round 12 where N accepts
        assertThat(json.get("offers").size()).isEqualTo(24);
        assertThat(json.get("offers").get(0).get("utilities").get("N").asDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(json.get("offers").get(0).get("utilities").get("S").asDouble()).isCloseTo(0.28, within(1e-12));
        String html = section.html();
        assertThat(html).contains("<svg", "Surplus", "N (boulware)", "<td>+0.3711</td>",
                "<tr><td>0</td><td>0</td><td>N</td><td>0.9</td><td>0.9</td><td>0.28</td></tr>");
        assertThat(html).doesNotContain("<script");
    }
}
