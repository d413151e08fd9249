package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.pipeline.EscalationComparison;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.report.Html;
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

    @Test
    void theEscalationComparisonAddsItsTableVerdictAndJson() {
        LoadedScenario loaded = ScenarioReader.read(Path.of("..", "scenarios", "ukraine-2025.yaml"));
        Scenario s = loaded.parameters().centralCase(loaded.scenario());
        EscalationComparison.Result c = EscalationComparison.run(s, EscalationComparison.Settings.of(3, 5L));
        NegotiationSection section = new NegotiationSection(s, NegotiationStage.run(s, 5L), c);
        String html = section.html();
        assertThat(html).contains("<h3>Escalation for leverage</h3>", "US (escalate-naive/boulware)",
                "<td>no escalation</td><td>0.0% (0/3)</td>", Html.escape(c.verdict()));
        tools.jackson.databind.JsonNode json = section.results().get("escalation_comparison");
        assertThat(json.get("seeds").asInt()).isEqualTo(3);
        assertThat(json.get("arms").get(0).get("agreements").asInt()).isZero();
        // Wilson's 90% upper bound at 0 of 3: z²/(3 + z²), z = 1.6449
        double z = 1.6448536269514722;
        assertThat(json.get("arms").get(0).get("interval").get(1).asDouble()).isCloseTo(z * z / (3 + z * z),
                within(1e-9));
        assertThat(json.get("arms").get(1).get("rungs").asInt()).isEqualTo(3);
        assertThat(json.get("verdict").asString()).startsWith("Under the scenario's assumptions escalation");
        assertThat(new NegotiationSection(s, NegotiationStage.run(s, 5L)).results().has("escalation_comparison"))
                .isFalse();
    }
}
