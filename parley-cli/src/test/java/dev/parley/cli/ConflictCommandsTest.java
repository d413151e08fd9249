package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley ripeness}, {@code parley durability} and {@code parley durability fit} end to end. Reference numbers:
 * the flagship's hand-checkable ripeness verdicts (κ_RU = 0.035 below Russia's cost 0.04; US cost 0.03 + 0.0005·t
 * reaching κ_US = 0.045 at month 30, or 0.04 against 0.03 with the US-side prerequisites on), the historical checks of issue 4, and the Gehan (1965) reference fits of
 * parley-engine's SurvivalEstimatorsTest (Cox placebo β = 1.572125 Efron / 1.509191 Breslow; KM of 6-MP).
 */
class ConflictCommandsTest {

    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ConflictCommandsTest.class.getResource("/survival/" + name).toURI()).toString();
    }

    @Test
    void ripenessTextSaysWhyTheFlagshipIsRipeOnlyAtTheEnd() {
        CliRun o = run("ripeness", UKRAINE.toString());
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("pain thresholds: US 0.045, RU 0.035",
                "1 of 31 months are ripe (stalemate, hurting and a way out at once): month 30.");
        assertThat(o.out().lines().filter(l -> l.startsWith("   29 2027-06"))).singleElement().satisfies(l ->
                assertThat(l).endsWith("y - y  no    hurting (US)"));
        assertThat(o.out().lines().filter(l -> l.startsWith("   30 2027-07"))).singleElement().satisfies(l ->
                assertThat(l).contains("y y y  RIPE"));
        CliRun none = run("durability");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("durability needs a scenario FILE");
    }

    @Test
    void ripenessJsonWithThePrerequisitesOpensTheWholeWindow() throws Exception {
        CliRun o = run("ripeness", UKRAINE.toString(), "--format", "json", "--factor",
                "front-crisis-expected,limited-resources,trump-ambitions,escalation-fear,adversaries-strengthened,"
                        + "sanctions-leverage-limited");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode root = JSON.readTree(o.out());
        assertThat(root.get("ripe_months").size()).isEqualTo(31);
        assertThat(root.get("months").get(0).get("deciders").get("US").get("cost").asDouble())
                .isCloseTo(0.03 + 0.005 + 0.005, within(1e-12));
        CliRun csv = run("ripeness", UKRAINE.toString(), "--format", "csv");
        assertThat(csv.out().lines().findFirst()).hasValue("month,date,front,w_US,best_US,cost_US,w_RU,best_RU,"
                + "cost_RU,w_UA,best_UA,cost_UA,stalemate,hurting,way_out,ripe,reasons");
        assertThat(csv.out().lines().count()).isEqualTo(32);
    }

    @Test
    void ripenessRejectsBadOptionsWithExitTwo() {
        CliRun unknown = run("ripeness", UKRAINE.toString(), "--factor", "no-such-factor");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("--factor 'no-such-factor' is not a factor of ukraine-2025")
                .doesNotContain("Exception");
        CliRun set = run("ripeness", UKRAINE.toString(), "--set", "costs.XX.per_month=1");
        assertThat(set.code()).isEqualTo(2);
        assertThat(set.err()).contains("no parameter 'costs.XX.per_month'");
        CliRun window = run("ripeness", UKRAINE.toString(), "--window", "40");
        assertThat(window.code()).isEqualTo(2);
        assertThat(window.err()).contains("shorter than the stalemate window (40 months)");
    }

    @Test
    void durabilityOfMinskAndKorea() throws Exception {
        CliRun minsk = run("durability", Path.of("..", "scenarios", "minsk-2015.yaml").toString(), "--format", "json");
        assertThat(minsk.code()).as(minsk.err()).isZero();
        JsonNode m = JSON.readTree(minsk.out());
        double war84 = 1 - m.get("survival").get("central").get(84).asDouble();
        assertThat(war84).isBetween(0.1, 0.9);
        assertThat(m.get("war_within_months").get("60").get("estimate").asDouble()).isBetween(0.2973, 0.9);
        CliRun korea = run("durability", Path.of("..", "scenarios", "korea-1953.yaml").toString(), "--month", "24");
        assertThat(korea.code()).isZero();
        assertThat(korea.out()).contains("ceasefire signed in month 24 (1953-07)", "pow=neutral-custody",
                "commitment: self-enforcing throughout");
    }

    @Test
    void durabilityFitReproducesTheGehanReferenceFits() throws Exception {
        CliRun km = run("durability", "fit", resource("gehan-6mp.csv"));
        assertThat(km.code()).as(km.err()).isZero();
        assertThat(km.out()).contains("Kaplan-Meier: median 23", "0.4482");
        CliRun efron = run("durability", "fit", resource("gehan.csv"), "--model", "cox", "--format", "json");
        assertThat(efron.code()).as(efron.err()).isZero();
        JsonNode e = JSON.readTree(efron.out()).get("coefficients").get(0);
        assertThat(e.get("beta").asDouble()).isCloseTo(1.572125, within(1e-5));
        assertThat(e.get("se").asDouble()).isCloseTo(0.412397, within(1e-5));
        JsonNode b = JSON.readTree(run("durability", "fit", resource("gehan.csv"), "--model", "cox", "--ties",
                "breslow", "--covariates", "placebo", "--format", "json").out()).get("coefficients").get(0);
        assertThat(b.get("beta").asDouble()).isCloseTo(1.509191, within(1e-5));
        JsonNode w = JSON.readTree(run("durability", "fit", resource("gehan.csv"), "--model", "weibull",
                "--covariates", "placebo", "--format", "json").out());
        assertThat(w.get("coefficients").get(0).get("beta").asDouble()).isCloseTo(1.730872, within(2e-5));
        assertThat(w.get("shape").asDouble()).isCloseTo(1.365757, within(2e-5));
    }

    @Test
    void runAddsRipenessAndDurabilitySections(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliRun o = run("run", Path.of("..", "scenarios", "minsk-2015.yaml").toString(), "--draws", "0", "--out",
                dir.toString());
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode sections = JSON.readTree(dir.resolve("minsk-2015/results.json").toFile()).get("sections");
        assertThat(sections.get("ripeness").get("months").size()).isEqualTo(91);
        assertThat(sections.get("ripeness").get("ripe_months").get(0).asInt()).isEqualTo(20);
        assertThat(sections.get("durability").get("agreement_type").asString()).isEqualTo("ceasefire");
        assertThat(sections.get("bargaining").get("deciders").get(0).get("no_deal_source").asString())
                .isEqualTo("conflict model W(t)");
        String html = java.nio.file.Files.readString(dir.resolve("minsk-2015/report.html"));
        assertThat(html).contains("Ripeness and the window of opportunity", "Durability");
    }

    @Test
    void durabilityFitReportsFileErrorsWithTheirLine() throws Exception {
        CliRun bad = run("durability", "fit", resource("bad-event.csv"));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("bad-event.csv:3").doesNotContain("Exception");
        CliRun cov = run("durability", "fit", resource("gehan.csv"), "--model", "cox", "--covariates", "age");
        assertThat(cov.code()).isEqualTo(2);
        assertThat(cov.err()).contains("has no column 'age'; its covariates: placebo");
        CliRun model = run("durability", "fit", resource("gehan.csv"), "--model", "lognormal");
        assertThat(model.code()).isEqualTo(2);
        assertThat(model.err()).contains("--model 'lognormal' is not one of km, weibull, cox");
    }
}
