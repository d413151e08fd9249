package dev.parley.report.sections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.montecarlo.MedianDurabilityShapley;
import dev.parley.engine.montecarlo.PerDrawFactorShapley;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Factor;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The factor table's attribution columns: the expectation headlines and, when exact, the median durability. */
class FactorsSectionTest {

    private static Scenario scenario() throws Exception {
        return ScenarioReader.read(Path.of(FactorsSectionTest.class.getResource("/factors/one-random-factor.yaml").toURI()))
                .scenario();
    }

    private static PerDrawFactorShapley.Result attribution(List<String> players,
                                                           Optional<MedianDurabilityShapley.Result> median) {
        int k = players.size();
        double[][] values = new double[3][k];
        double[][] se = new double[3][k];
        return new PerDrawFactorShapley.Result(players, List.of("talks_within_12_months", "agreement",
                "agreement_holding_24_months"), values, se, 40, median.isPresent(), new double[3], new double[3],
                false, median);
    }

    @Test
    void anExactAttributionShowsTheMedianDurabilityInMonths() throws Exception {
        Scenario s = scenario();
        List<String> players = s.factors().stream().map(Factor::id).toList();
        assertThat(players).containsExactly("pressure");
        // one player, hand-worked in MedianDurabilityShapleyTest: medians 12 → 30 months, φ = 18
        double[][] months = new double[3][1 << players.size()];
        for (double[] row : months) {
            java.util.Arrays.fill(row, 20.0);
        }
        months[0][0] = 10;
        months[1][0] = Double.NaN;
        months[2][0] = 14;
        MedianDurabilityShapley.Result median = MedianDurabilityShapley.of(players.size(), months, 1);
        FactorsSection section = new FactorsSection(s, Optional.of(attribution(players, Optional.of(median))));
        assertThat(section.html()).contains("Shapley on the median durability of an agreement")
                .contains("12 months with no player on → 20 months with all on").contains(" months</span></td>");
        JsonNode first = section.results().get("factors").get(0).get("shapley");
        assertThat(first.get("median_durability_months").get("value").asDouble())
                .isEqualTo(median.values()[0]);
    }

    /** The three talk windows share one column, a line each, in the order of the answers; the others keep theirs. */
    @Test
    void theTalkWindowsShareOneColumnALineEach() throws Exception {
        Scenario s = scenario();
        List<String> players = s.factors().stream().map(Factor::id).toList();
        List<String> headlines = PerDrawFactorShapley.HEADLINES.stream().map(PerDrawFactorShapley.Headline::id)
                .toList();
        assertThat(headlines).containsExactly("talks_within_6_months", "talks_within_12_months",
                "talks_within_24_months", "agreement", "agreement_holding_24_months");
        double[][] values = {{0.10}, {0.25}, {0.40}, {0.05}, {-0.02}};
        double[][] se = {{0.01}, {0.02}, {0.03}, {0.004}, {0.001}};
        PerDrawFactorShapley.Result a = new PerDrawFactorShapley.Result(players, headlines, values, se, 40, false,
                new double[5], new double[] {0.10, 0.25, 0.40, 0.05, -0.02}, false, Optional.empty());
        String html = new FactorsSection(s, Optional.of(a)).html();
        assertThat(html).containsOnlyOnce("<th>Shapley on P(talks start within 6 / 12 / 24 months)</th>")
                .contains("<th>Shapley on P(agreement within the horizon)</th>")
                .contains("<th>Shapley on P(agreement reached and holding 2 years)</th>")
                .doesNotContain("<th>Shapley on P(talks start within 12 months)</th>");
        int six = html.indexOf("<span class=\"barline\">6 mo <span");
        int twelve = html.indexOf("<span class=\"barline\">12 mo <span");
        int twentyFour = html.indexOf("<span class=\"barline\">24 mo <span");
        assertThat(six).isPositive().isLessThan(twelve);
        assertThat(twelve).isLessThan(twentyFour);
        assertThat(html.substring(six, twentyFour + 200)).contains("+10 ± 1 pts").contains("+25 ± 2 pts")
                .contains("+40 ± 3 pts");
        assertThat(html).contains("−2 ± 0.1 pts");
        JsonNode shapley = new FactorsSection(s, Optional.of(a)).results().get("factors").get(0).get("shapley");
        assertThat(shapley.get("talks_within_6_months").get("value").asDouble()).isEqualTo(0.10);
        assertThat(shapley.get("talks_within_24_months").get("standard_error").asDouble()).isEqualTo(0.03);
    }

    @Test
    void aSampledAttributionSaysWhyTheMedianIsNotAttributed() throws Exception {
        Scenario s = scenario();
        List<String> players = s.factors().stream().map(Factor::id).toList();
        assertThat(players).containsExactly("pressure");
        FactorsSection section = new FactorsSection(s, Optional.of(attribution(players, Optional.empty())));
        assertThat(section.html()).doesNotContain("Shapley on the median durability")
                .contains("attributed only with --exact-attribution");
        assertThat(section.results().get("factors").get(0).get("shapley").has("median_durability_months")).isFalse();
    }

    /** A value of 0 ± 0 (the factor changed no draw) reads as a bound, not as a measured zero. */
    @Test
    void aFactorThatChangedNoDrawGetsItsBoundNotZeroPlusMinusZero() throws Exception {
        Scenario s = scenario();
        List<String> players = s.factors().stream().map(Factor::id).toList();
        String html = new FactorsSection(s, Optional.of(attribution(players, Optional.empty()))).html();
        // 40 draws: 1 − 0.05^(1/40) = 0.0722 (the rule of three gives 3/40 = 0.075)
        assertThat(html).contains("0 in all 40 draws: |φ| ≤ 7.2 pts (95 %)").doesNotContain("0 ± 0 pts");
        assertThat(FactorsSection.unseenEffectBound(1)).isCloseTo(0.95, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(FactorsSection.unseenEffectBound(100)).isCloseTo(0.029513, org.assertj.core.api.Assertions.within(1e-6));
        // a measured value keeps its standard error
        assertThat(FactorsSection.pointsBar(0.0, 0.01, 1.0, 40)).contains("+0 ± 1 pts");
    }
}
