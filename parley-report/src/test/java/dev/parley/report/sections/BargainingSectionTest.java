package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.pipeline.BargainingStage;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The "Bargaining space" section on src/test/resources/bargaining/hand.yaml, worked by hand. With
 * U_A = 0.5·vA(x) + 0.5·vA(y) and U_B likewise, the six outcomes (x, y) give (U_A, U_B):
 * <pre>
 *   (a0,b0) 0.5, 0.5    (a0,b1) 0,    1.0
 *   (a1,b0) 0.75, 0.4   (a1,b1) 0.25, 0.9
 *   (a2,b0) 1.0, 0      (a2,b1) 0.5,  0.5
 * </pre>
 * Frontier: (1, 0), (0.75, 0.4), (0.5, 0.5) reached by two outcomes, (0.25, 0.9), (0, 1): 6 outcomes, 5 points.
 * d = W = (0.3, 0.3) stated. Rational points: (0.75, 0.4) and (0.5, 0.5).
 * Nash: 0.45·0.1 = 0.045 > 0.2·0.2 = 0.04 → (0.75, 0.4). Ideal over rational points (0.75, 0.5); KS: min ratios
 * min(1, 0.1/0.2) = 0.5 > min(0.2/0.45, 1) = 0.444 → (0.75, 0.4). Egalitarian: min gains 0.1 < 0.2 → (0.5, 0.5).
 * Utilitarian: 1.15 > 1.0 → (0.75, 0.4). GENIUS min asymmetry over the whole frontier: 0 at (0.5, 0.5).
 * ZOPA: outcomes with both utilities ≥ 0.3: (a0,b0), (a1,b0), (a2,b1) → 3 outcomes, frontier 2 points.
 * Chips to B: x=a0 is B's no-deal option (Δv 0, gain 0: empty, already the no-deal state); y=b1 gains
 * 0.5·1·(1 − 0) = 0.5. Trades from (a0, b0): no single or paired move raises both (every other outcome lowers one
 * party or leaves (0.5, 0.5)).
 */
class BargainingSectionTest {

    static BargainingSection section() {
        return section("hand.yaml");
    }

    static BargainingSection section(String file) {
        LoadedScenario loaded;
        try {
            loaded = ScenarioReader.read(Path.of(BargainingSectionTest.class.getResource("/bargaining/" + file).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Scenario central = loaded.parameters().centralCase(loaded.scenario());
        return new BargainingSection(central, BargainingStage.run(central, 0, 1L));
    }

    @Test
    void resultsMatchTheHandWorkedCase() {
        JsonNode r = section().results();
        assertThat(r.get("month").asInt()).isZero();
        assertThat(r.has("front")).isFalse();
        assertThat(r.get("outcomes").asLong()).isEqualTo(6);
        assertThat(r.get("deciders").get(0).get("id").asString()).isEqualTo("A");
        assertThat(r.get("deciders").get(0).get("no_deal_value").asDouble()).isEqualTo(0.3);
        assertThat(r.get("deciders").get(1).get("no_deal_source").asString()).isEqualTo("hand: stated");

        JsonNode f = r.get("frontier");
        assertThat(f.get("outcomes").asLong()).isEqualTo(6);
        assertThat(f.get("distinct_points").asInt()).isEqualTo(5);
        assertThat(f.get("points_listed").asInt()).isEqualTo(5);
        double[][] expected = {{1, 0}, {0.75, 0.4}, {0.5, 0.5}, {0.25, 0.9}, {0, 1}};
        for (int i = 0; i < 5; i++) {
            assertThat(f.get("points").get(i).get(0).asDouble()).isCloseTo(expected[i][0], within(1e-12));
            assertThat(f.get("points").get(i).get(1).asDouble()).isCloseTo(expected[i][1], within(1e-12));
        }

        JsonNode z = r.get("zopa");
        assertThat(z.get("empty").asBoolean()).isFalse();
        assertThat(z.get("outcomes").asLong()).isEqualTo(3);
        assertThat(z.get("exact").asBoolean()).isTrue();
        assertThat(z.get("frontier_points").asInt()).isEqualTo(2);
        assertThat(z.has("opening")).isFalse();

        JsonNode s = r.get("solutions");
        assertThat(s).hasSize(5);
        assertSolution(s.get(0), "nash", 0.75, 0.4, "x=a1; y=b0");
        assertSolution(s.get(1), "kalai_smorodinsky", 0.75, 0.4, "x=a1; y=b0");
        assertSolution(s.get(2), "egalitarian", 0.5, 0.5, "x=a0; y=b0 (and 1 tied)");
        assertSolution(s.get(3), "utilitarian", 0.75, 0.4, "x=a1; y=b0");
        assertSolution(s.get(4), "genius_min_asymmetry", 0.5, 0.5, "x=a0; y=b0 (and 1 tied)");

        JsonNode chips = r.get("chips");
        assertThat(chips).hasSize(2);
        assertThat(chips.get(0).get("offered_by").asString()).isEqualTo("A");
        assertThat(chips.get(0).get("offered_to").asString()).isEqualTo("B");
        assertThat(chips.get(0).get("gain").asDouble()).isZero();
        assertThat(chips.get(0).get("empty").asBoolean()).isTrue();
        assertThat(chips.get(0).get("reason").asString()).isEqualTo("already_no_deal_state");
        assertThat(chips.get(1).get("gain").asDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(chips.get(1).get("weight").asDouble()).isEqualTo(0.5);
        assertThat(chips.get(1).get("value_change").asDouble()).isEqualTo(1.0);
        assertThat(chips.get(1).get("empty").asBoolean()).isFalse();
        assertThat(chips.get(1).has("reason")).isFalse();

        assertThat(r.get("trades_from_no_deal").get("total_found").asLong()).isZero();
    }

    static void assertSolution(JsonNode s, String concept, double a, double b, String outcome) {
        assertThat(s.get("concept").asString()).isEqualTo(concept);
        assertThat(s.get("utilities").get("A").asDouble()).as(concept).isCloseTo(a, within(1e-12));
        assertThat(s.get("utilities").get("B").asDouble()).as(concept).isCloseTo(b, within(1e-12));
        assertThat(s.get("outcome").asString()).as(concept).isEqualTo(outcome);
    }

    /**
     * hand-no-zopa.yaml: the same outcomes with W = (0.8, 0.8). No outcome gives both 0.8, so the ZOPA is empty and
     * no frontier point is individually rational (no Nash, KS, egalitarian or utilitarian point; GENIUS's min
     * asymmetry needs no d and stays at (0.5, 0.5)). Opening: A alone must fall to the best u_A with u_B ≥ 0.8,
     * 0.25 (from (0.25, 0.9)): by 0.55; B alone to the best u_B with u_A ≥ 0.8, 0 (from (1, 0)): by 0.8. Jointly,
     * the smallest total fall Σ max(0, 0.8 − u_i) over the frontier: 0.8, 0.45, 0.6, 0.55, 0.8 → 0.45 at
     * (0.75, 0.4), A 0.05 and B 0.4.
     */
    @Test
    void emptyZopaSaysWhatWouldOpenIt() {
        BargainingSection section = section("hand-no-zopa.yaml");
        JsonNode z = section.results().get("zopa");
        assertThat(z.get("empty").asBoolean()).isTrue();
        assertThat(z.get("outcomes").asLong()).isZero();
        JsonNode open = z.get("opening");
        assertThat(open.get("single_party_fall").get("A").asDouble()).isCloseTo(0.55, within(1e-12));
        assertThat(open.get("single_party_fall").get("B").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(open.get("joint_fall").get("A").asDouble()).isCloseTo(0.05, within(1e-12));
        assertThat(open.get("joint_fall").get("B").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(open.get("joint_total").asDouble()).isCloseTo(0.45, within(1e-12));
        JsonNode s = section.results().get("solutions");
        for (int i = 0; i < 4; i++) {
            assertThat(s.get(i).has("utilities")).as(s.get(i).get("concept").asString()).isFalse();
        }
        assertSolution(s.get(4), "genius_min_asymmetry", 0.5, 0.5, "x=a0; y=b0 (and 1 tied)");
        assertThat(section.zopaSentence()).isEqualTo("No zone of possible agreement: no outcome gives every decider "
                + "its value of no deal. It would open if one W fell: A's by 0.55, or B's by 0.8; the smallest joint "
                + "fall totals 0.45.");
        assertThat(section.html()).contains("none: no frontier point gives every decider at least W");
    }

    /**
     * hand-three.yaml: C adds U_C = vC(y) (b0 0, b1 1) and W_C = 0.5. The outcomes become (A, B, C):
     * (a0,b0) .5 .5 0; (a0,b1) 0 1 1; (a1,b0) .75 .4 0; (a1,b1) .25 .9 1; (a2,b0) 1 0 0; (a2,b1) .5 .5 1.
     * C needs b1 and A needs 0.3, so the ZOPA is the single outcome (a2, b1) at (0.5, 0.5, 1). With three parties
     * at the table there is no chart but a table of the ZOPA's frontier.
     */
    @Test
    void threePartiesGetATableInsteadOfAChart() {
        BargainingSection section = section("hand-three.yaml");
        JsonNode z = section.results().get("zopa");
        assertThat(z.get("outcomes").asLong()).isEqualTo(1);
        assertThat(z.get("frontier_points").asInt()).isEqualTo(1);
        String html = section.html();
        assertThat(html).doesNotContain("<svg")
                .contains("Utility space: the frontier of the ZOPA, 1 point (a chart needs exactly two parties")
                .contains("<td>1</td><td>0.5</td><td>0.5</td><td>1</td><td>1</td>");
        assertSolution(section.results().get("solutions").get(0), "nash", 0.5, 0.5, "x=a2; y=b1");
    }

    @Test
    void sentenceAndHtmlTablesSayTheSame() {
        BargainingSection section = section();
        assertThat(section.zopaSentence()).isEqualTo("A zone of possible agreement exists: 3 outcomes (counted "
                + "exactly) give every decider at least its value of no deal; its frontier has 2 points.");
        String html = section.html();
        assertThat(html).contains("6 outcomes at 5 distinct utility points")
                .contains("x=a0 (A → B)").contains("empty: already the no-deal state")
                .contains("No change of options raises every decider");
    }

    @Test
    void chartIsAWellFormedSelfContainedSvgWithEveryMarkedPoint() throws Exception {
        String html = section().html();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        String svg = m.group();
        assertThat(m.find()).as("one chart for two parties").isFalse();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        String withoutNamespaces = svg.replaceAll("xmlns(:\\w+)?='[^']*'", "");
        assertThat(withoutNamespaces).doesNotContainIgnoringCase("http").doesNotContain("<image")
                .doesNotContain("<script");
        Matcher refs = Pattern.compile("(?:href=['\"]|url\\()([^'\")]*)").matcher(svg);
        while (refs.find()) {
            assertThat(refs.group(1)).startsWith("#");
        }
        // JFreeSVG draws text as glyph paths, so the series are recognised by their colours (SvgCharts.PALETTE):
        // outcome cloud #BBBBBB, frontier, no deal, ZOPA frontier, Nash, KS, egalitarian, utilitarian
        assertThat(count(svg, "rgb(187,187,187)")).as("six outcomes and the legend's marker").isEqualTo(7);
        for (String colour : List.of("rgb(0,114,178)", "rgb(213,94,0)", "rgb(0,158,115)", "rgb(230,159,0)",
                "rgb(86,180,233)", "rgb(204,121,167)", "rgb(240,228,66)")) {
            assertThat(svg).as(colour).contains(colour);
        }
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void twoBuildsGiveIdenticalHtmlAndJson() {
        assertThat(section().html()).isEqualTo(section().html());
        assertThat(section().results().toString()).isEqualTo(section().results().toString());
    }
}
