package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.forecast.ForecastComparison;
import dev.parley.engine.forecast.ForecastComparison.Comparison;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ForecastSectionTest {

    /** Four actors on two dimensions; the compromise is worked by hand below. */
    static ForecastProblem problem() {
        return new ForecastProblem("hand", "", List.of(new ForecastDimension("d0", 0, 100),
                new ForecastDimension("d1", 0, 100)), List.of(
                new ForecastActor("a", "", 1, new double[] {0, 100}, new double[] {.5, .5}),
                new ForecastActor("b", "", 2, new double[] {100, 0}, new double[] {.5, .5}),
                new ForecastActor("c", "", 1, new double[] {50, 50}, new double[] {.5, .5}),
                new ForecastActor("d", "", 1, new double[] {20, 80}, new double[] {.6, .4})));
    }

    static ForecastSection section() {
        Comparison c = new ForecastComparison().compare(problem());
        return ForecastSection.ofProblem("hand.csv", c, List.of("a note"));
    }

    static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void chartsAreWellFormedSelfContainedSvg() throws Exception {
        String html = section().html();
        List<String> svgs = svgs(html);
        // two dimensions × two dynamic models (smp, eu)
        assertThat(svgs).hasSize(4);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (String svg : svgs) {
            assertThat(svg).startsWith("<svg ");
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getAttribute("viewBox")).isNotEmpty();
            // only namespace declarations mention a URL; every reference is internal (url(#id), href="#id")
            String withoutNamespaces = svg.replaceAll("xmlns(:\\w+)?='[^']*'", "");
            assertThat(withoutNamespaces).doesNotContainIgnoringCase("http").doesNotContain("<image")
                    .doesNotContain("<script").doesNotContain("@import");
            Matcher refs = Pattern.compile("(?:href=['\"]|url\\()([^'\")]*)").matcher(svg);
            while (refs.find()) {
                assertThat(refs.group(1)).startsWith("#");
            }
        }
        // every chart's ids are distinct from the others' (they share one HTML document)
        assertThat(svgs.get(0)).contains("id='forecast-0-smp-");
        assertThat(svgs.get(1)).contains("id='forecast-0-eu-");
    }

    @Test
    void htmlIsDeterministic() {
        assertThat(section().html()).isEqualTo(section().html());
    }

    @Test
    void resultsHoldForecastsSpreadAndTrajectories() {
        ObjectNode r = section().results();
        assertThat(r.get("source").asString()).isEqualTo("hand.csv");
        assertThat(r.get("actors")).hasSize(4);
        assertThat(r.get("models")).extracting(m -> m.get("id").asString())
                .containsExactly("smp", "eu", "compromise", "median");
        JsonNode d0 = r.get("issues").get(0);
        // compromise on d0: weights c*s = .5, 1, .5, .6; Σ w x = 0 + 100 + 25 + 12 = 137 over 2.6
        assertThat(d0.get("forecasts").get("compromise").asDouble()).isCloseTo(137 / 2.6, within(1e-12));
        // weighted median on d0: sorted 0 (.5), 20 (.6), 50 (.5), 100 (1); half 1.3 is passed at 50
        assertThat(d0.get("forecasts").get("median").asDouble()).isEqualTo(50.0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JsonNode f : d0.get("forecasts")) {
            lo = Math.min(lo, f.asDouble());
            hi = Math.max(hi, f.asDouble());
        }
        assertThat(d0.get("spread").get("lowest").asDouble()).isEqualTo(lo);
        assertThat(d0.get("spread").get("range").asDouble()).isEqualTo(hi - lo);
        JsonNode smp = d0.get("trajectories").get("smp");
        assertThat(smp.get(0)).extracting(JsonNode::asDouble).containsExactly(0.0, 100.0, 50.0, 20.0);
        assertThat(d0.get("trajectories").get("eu").size()).isGreaterThan(1);
        assertThat(d0.get("trajectories").has("compromise")).isFalse();
        assertThat(r.get("notes").get(0).asString()).isEqualTo("a note");
    }

    @Test
    void scenarioScaleNamesEachOptionsPosition() {
        Issue.Discrete tax = new Issue.Discrete("tax", "Tax", "", List.of("low", "mid", "high", "max"),
                new NoDeal.Option("mid"), Map.of());
        assertThat(ForecastSection.scale(tax)).isEqualTo("0 = low · 33.33 = mid · 66.67 = high · 100 = max");
        Issue.Continuous share = new Issue.Continuous("share", "Share", "", 10, 30, 1, "km", new NoDeal.Value(20));
        assertThat(ForecastSection.scale(share)).isEqualTo("0 = 10 · 100 = 30 (km)");
        assertThat(ForecastSection.inIssueTerms(Optional.of(share), 25)).isEqualTo("15");
        assertThat(ForecastSection.inIssueTerms(Optional.of(tax), 60)).isEqualTo("high");
    }

    @Test
    void unanimousActorsStillGetAChartAndNoSpread() {
        ForecastProblem p = new ForecastProblem("same", "", List.of(new ForecastDimension("d", 0, 100)), List.of(
                ForecastActor.of("a", 1, 50, 1), ForecastActor.of("b", 2, 50, 1), ForecastActor.of("c", 3, 50, 1)));
        ForecastSection s = ForecastSection.ofProblem("same.csv", new ForecastComparison().compare(p), List.of());
        // every model agrees on the common position; the expected-utility model does not move (0 rounds)
        assertThat(s.results().get("issues").get(0).get("forecasts")).extracting(JsonNode::asDouble)
                .containsOnly(50.0);
        assertThat(s.results().get("issues").get(0).get("spread").get("range").asDouble()).isZero();
        assertThat(s.results().get("issues").get(0).get("trajectories").get("eu")).hasSize(1);
        assertThat(svgs(s.html())).hasSize(2).allSatisfy(svg -> assertThat(svg).startsWith("<svg "));
    }
}
