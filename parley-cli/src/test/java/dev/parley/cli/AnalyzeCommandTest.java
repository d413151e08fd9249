package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley analyze}: GENIUS numbers against /work/shared/data/genius/REFERENCE.md (copied files, see
 * src/test/resources/genius/SOURCES.md), the flagship's chips against DESIGN.md §4.2, and bad input.
 */
class AnalyzeCommandTest {

    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    static String resource(String name) {
        try {
            return Path.of(AnalyzeCommandTest.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String[] laptop() {
        return new String[] {resource("genius/Laptop/Laptop-C-domain.xml"), resource("genius/Laptop/Laptop-C-prof1.xml"),
            resource("genius/Laptop/Laptop-C-prof2.xml")};
    }

    private static String[] args(String first, String[] files, String... rest) {
        String[] a = new String[2 + files.length + rest.length];
        a[0] = first;
        a[1] = "--genius";
        System.arraycopy(files, 0, a, 2, files.length);
        System.arraycopy(rest, 0, a, 2 + files.length, rest.length);
        return a;
    }

    // REFERENCE.md, Laptop: |Ω| 27, rv (0, 0), Pareto 4 outcomes / 4 distinct, Nash (1.000052, 0.815105),
    // product 0.815148, max welfare 1.815157 at (1.000052, 0.815105), Nash outcome HP; 60 Gb; 19'' LCD.
    @Test
    void laptopTextPrintsTheReferenceNumbers() {
        CliRun o = run(args("analyze", laptop()));
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("3 issues, 27 outcomes, 2 parties")
                .contains("4 Pareto outcomes at 4 distinct points")
                .contains("GENIUS convention (d = reservation value) (0.000000, 0.000000)")
                .containsPattern("Nash \\(max Π\\(u−d\\)\\) +\\(1\\.000052, 0\\.815105\\)  product 0\\.815148")
                .contains("outcome: Laptop=HP; Harddisk=60 Gb; External Monitor=19'' LCD")
                .contains("Maximum social welfare over all outcomes: 1.815157 at (1.000052, 0.815105)");
        assertThat(o.err()).isEmpty();
    }

    @Test
    void laptopJsonAndCsvCarryTheSameNumbers() throws Exception {
        CliRun o = run(args("analyze", laptop(), "--format", "json"));
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode j = JSON.readTree(o.out());
        assertThat(j.get("convention").asString()).isEqualTo("GENIUS: d = reservation value");
        assertThat(j.get("outcomes").asLong()).isEqualTo(27);
        assertThat(j.get("frontier").get("outcomes").asLong()).isEqualTo(4);
        assertThat(j.get("frontier").get("distinct_points").asInt()).isEqualTo(4);
        JsonNode nash = j.get("solutions").get(0);
        assertThat(nash.get("concept").asString()).isEqualTo("nash");
        assertThat(nash.get("utilities").get(0).asDouble()).isCloseTo(1.000052, within(1e-6));
        assertThat(nash.get("utilities").get(1).asDouble()).isCloseTo(0.815105, within(1e-6));
        assertThat(nash.get("objective").asDouble()).isCloseTo(0.815148, within(1e-6));
        assertThat(j.get("max_welfare").get("objective").asDouble()).isCloseTo(1.815157, within(1e-6));

        CliRun csv = run(args("analyze", laptop(), "--format", "csv"));
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("u_Laptop-C-prof1,u_Laptop-C-prof2,outcomes");
        double[] first = Arrays.stream(lines.get(1).split(",")).mapToDouble(Double::parseDouble).toArray();
        assertThat(first).containsExactly(new double[] {1.000052, 0.815105, 1}, within(1e-6));
    }

    // REFERENCE.md, 10issues: 10^10 outcomes, 10 distinct Pareto vectors, 129072 Pareto outcomes, rv (0, 0),
    // Nash (0.758308, 0.916384) reached by 10368 outcomes, max welfare 1.678248.
    @Test
    void tenIssuesHyperRectangleProfilesGiveTheReferenceNumbersExactly() {
        String[] files = {resource("genius/10issues/10issues-domain.xml"), resource("genius/10issues/profile-1.xml"),
            resource("genius/10issues/profile-2.xml")};
        CliRun o = run(args("analyze", files));
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("10 issues, 10000000000 outcomes, 2 parties")
                .contains("hyper-rectangle  reservation value 0.000000")
                .contains("(10000000000 outcomes covered)): 129072 Pareto outcomes at 10 distinct points")
                .containsPattern("Nash \\(max Π\\(u−d\\)\\) +\\(0\\.758308, 0\\.916384\\)  product [0-9.]+; 10368 outcomes")
                .contains("Maximum social welfare over all outcomes: 1.678248");
        CliRun csv = run(args("analyze", files, "--format", "csv"));
        List<String> lines = csv.out().lines().toList();
        // REFERENCE.md's frontier table, profile-1 descending: first (1, 526/885), last (449/662, 1)
        assertThat(lines).hasSize(11);
        double[] first = Arrays.stream(lines.get(1).split(",")).mapToDouble(Double::parseDouble).toArray();
        double[] last = Arrays.stream(lines.get(10).split(",")).mapToDouble(Double::parseDouble).toArray();
        assertThat(first[0]).isCloseTo(1.0, within(1e-12));
        assertThat(first[1]).isCloseTo(526.0 / 885, within(1e-12));
        assertThat(last[0]).isCloseTo(449.0 / 662, within(1e-12));
        assertThat(last[1]).isCloseTo(1.0, within(1e-12));
    }

    // GeniusWeb FlightBooking (36 outcomes, reference/negotiation-platforms.md §5), the same profile for both
    // parties: the frontier is the single best outcome, u = 0.7·1 + 0.15·1 + 0.15·1 = 1 for both; the reservation
    // bid (250000yen, Kansai, 3 sept.) is worth 0.7·0.5 + 0.15·1.0 + 0.15·0.667 = 0.60005 (values as written).
    @Test
    void geniusWebJsonFilesAreReadWithTheReservationBidAsReservationValue() throws Exception {
        String domain = resource("geniusweb/FlightBooking/flightbooking.json");
        String profile = resource("geniusweb/FlightBooking/flightbooking2.json");
        CliRun o = run("analyze", "--genius", domain, profile, profile, "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode j = JSON.readTree(o.out());
        assertThat(j.get("format").asString()).isEqualTo("GeniusWeb JSON");
        assertThat(j.get("outcomes").asLong()).isEqualTo(36);
        assertThat(j.get("parties").get(0).get("reservation_value").asDouble()).isCloseTo(0.60005, within(1e-12));
        assertThat(j.get("frontier").get("outcomes").asLong()).isEqualTo(1);
        assertThat(j.get("solutions").get(0).get("outcome").asString())
                .isEqualTo("price=150000yen; departure airport=Kansai; departure date=2 sept.");
        assertThat(j.get("max_welfare").get("objective").asDouble()).isCloseTo(2.0, within(1e-12));
    }

    /**
     * One real issue x in [10, 40] on a grid of step 10 (4 outcomes), GENIUS linear real evaluators
     * clamp01(parameter1·x + parameter0), weights 1: party 1 = clamp01(1.5 − 0.04x) → 1 (1.1 clamped), 0.7, 0.3,
     * 0 (−0.1 clamped); party 2 = clamp01(0.025x − 0.25) → 0, 0.25, 0.5, 0.75. Every outcome is Pareto-optimal;
     * d = (0, 0): Nash products 0, 0.175, 0.15, 0 → x = 20; egalitarian min gains 0, 0.25, 0.3, 0 → x = 30;
     * maximum welfare 1, 0.95, 0.8, 0.75 → 1 at x = 10.
     */
    @Test
    void realIssuesNeedAGridStepAndAreExactOnIt() throws Exception {
        Path d = dir.resolve("d.xml");
        Files.writeString(d, """
                <negotiation_template><utility_space><objective index="0" name="r">
                <issue index="1" name="x" type="real"><range lowerbound="10.0" upperbound="40.0"/></issue>
                </objective></utility_space></negotiation_template>""");
        Path p1 = dir.resolve("p1.xml");
        Files.writeString(p1, profile("1.5", "-0.04"));
        Path p2 = dir.resolve("p2.xml");
        Files.writeString(p2, profile("-0.25", "0.025"));
        CliRun refused = run("analyze", "--genius", d.toString(), p1.toString(), p2.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("parley: " + d + ": issue 'x' is real-valued on [10.0, 40.0]; give a "
                + "discretisation step with --real-step STEP" + System.lineSeparator());
        CliRun o = run("analyze", "--genius", d.toString(), p1.toString(), p2.toString(), "--real-step", "10",
                "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode j = JSON.readTree(o.out());
        assertThat(j.get("note").asString()).contains("exact for that grid");
        assertThat(j.get("outcomes").asLong()).isEqualTo(4);
        assertThat(j.get("frontier").get("outcomes").asLong()).isEqualTo(4);
        JsonNode nash = j.get("solutions").get(0);
        assertThat(nash.get("outcome").asString()).isEqualTo("x=20.0");
        assertThat(nash.get("objective").asDouble()).isCloseTo(0.175, within(1e-12));
        assertThat(j.get("solutions").get(2).get("outcome").asString()).isEqualTo("x=30.0");
        assertThat(j.get("max_welfare").get("objective").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(j.get("max_welfare").get("outcome").asString()).isEqualTo("x=10.0");
        assertThat(run("analyze", "--genius", d.toString(), p1.toString(), p2.toString(), "--real-step", "0").code())
                .isEqualTo(2);
    }

    private static String profile(String parameter0, String parameter1) {
        return "<utility_space><objective index=\"0\" name=\"r\">\n<issue index=\"1\" name=\"x\" type=\"real\">"
                + "<range lowerbound=\"10.0\" upperbound=\"40.0\"/>\n<evaluator ftype=\"linear\" parameter0=\""
                + parameter0 + "\" parameter1=\"" + parameter1 + "\"/></issue>\n<weight index=\"1\" value=\"1.0\"/>\n"
                + "</objective></utility_space>\n";
    }

    @Test
    void flagshipChipsAreEmptyForTheSeedsReasons() {
        CliRun o = run("analyze", UKRAINE.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).containsPattern("nato=not-invited \\(US → RU\\): gain 0 .*— empty: already the no-deal state")
                .containsPattern("sanctions=lifted \\(US → RU\\): gain [0-9.]+ .*— empty: not credible")
                .contains("Deciders (a deal needs all of them)")
                .contains("ZOPA: ");
    }

    /** --format json is exactly results.json's sections.bargaining for the same month (month 0 for parley run). */
    @Test
    void jsonEqualsTheBargainingSectionOfResultsJson() throws Exception {
        CliRun o = run("analyze", UKRAINE.toString(), "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        CliRun r = run("run", UKRAINE.toString(), "--draws", "0", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode results = JSON.readTree(Files.readString(dir.resolve("ukraine-2025").resolve("results.json")));
        assertThat(JSON.readTree(o.out())).isEqualTo(results.get("sections").get("bargaining"));
    }

    @Test
    void laterMonthMovesTheFrontFollowingIssue() throws Exception {
        JsonNode m0 = JSON.readTree(run("analyze", UKRAINE.toString(), "--format", "json").out());
        JsonNode m12 = JSON.readTree(run("analyze", UKRAINE.toString(), "--month", "12", "--format", "json").out());
        assertThat(m12.get("month").asInt()).isEqualTo(12);
        assertThat(m0.get("front").asDouble()).isEqualTo(0.2);
        assertThat(m12.get("front").asDouble()).isNotEqualTo(m0.get("front").asDouble());
    }

    /**
     * src/test/resources/scenarios/large-space.yaml (worked in its header): 10^8 outcomes, every one Pareto-optimal
     * at 73 distinct points; W = (0, 1); the ZOPA is exactly the no-deal outcome. The frontier stays exact; the ZOPA
     * size, above the enumeration limit, is a sampled estimate whose bound must be stated and must cover the truth.
     */
    @Test
    void largeSpaceKeepsTheFrontierExactAndStatesTheSampledZopasBound() throws Exception {
        String file = resource("scenarios/large-space.yaml");
        CliRun o = run("analyze", file, "--format", "json");
        assertThat(o.code()).as(o.err()).isZero();
        JsonNode b = JSON.readTree(o.out());
        assertThat(b.get("outcomes").asLong()).isEqualTo(100_000_000L);
        assertThat(b.get("frontier").get("outcomes").asLong()).isEqualTo(100_000_000L);
        assertThat(b.get("frontier").get("distinct_points").asInt()).isEqualTo(73);
        JsonNode z = b.get("zopa");
        assertThat(z.get("empty").asBoolean()).isFalse();
        assertThat(z.get("exact").asBoolean()).isFalse();
        assertThat(z.get("frontier_points").asInt()).isEqualTo(1);
        assertThat(z.get("method").asString()).contains("above the enumeration limit 10000000");
        double estimate = z.get("outcomes").asDouble();
        double halfWidth = z.get("half_width").asDouble();
        assertThat(halfWidth).isPositive();
        assertThat(1.0).isBetween(estimate - halfWidth, estimate + halfWidth);
        CliRun text = run("analyze", file);
        assertThat(text.out()).contains("ZOPA: A zone of possible agreement exists (its exact frontier has 1 point); "
                + "its size is estimated by sampling at " + z.get("outcomes").asLong() + " ± "
                + (long) Math.ceil(halfWidth) + " outcomes (95 % confidence; the space has 100000000 outcomes");
        CliRun csv = run("analyze", file, "--format", "csv");
        assertThat(csv.out().lines()).hasSize(74);
    }

    @Test
    void badInputExitsTwoWithOneClearLineAndNoStackTrace() {
        CliRun month = run("analyze", UKRAINE.toString(), "--month", "37");
        assertThat(month.code()).isEqualTo(2);
        assertThat(month.err()).startsWith("parley: --month 37 is outside the scenario's horizon: give a month from 0 "
                + "to 36");
        CliRun negative = run("analyze", UKRAINE.toString(), "--month", "-1");
        assertThat(negative.code()).isEqualTo(2);
        CliRun missing = run("analyze", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.yaml").doesNotContain("Exception").doesNotContain("\tat ");
        CliRun format = run("analyze", UKRAINE.toString(), "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("parley: --format 'xml' is not a format; give text, json or csv"
                + System.lineSeparator());
        CliRun none = run("analyze");
        assertThat(none.code()).isEqualTo(2);
        CliRun oneProfile = run("analyze", "--genius", laptop()[0], laptop()[1]);
        assertThat(oneProfile.code()).isEqualTo(2);
        assertThat(oneProfile.err()).contains("at least two profile files");
        CliRun missingProfile = run("analyze", "--genius", laptop()[0], laptop()[1],
                dir.resolve("absent.xml").toString());
        assertThat(missingProfile.code()).isEqualTo(2);
        assertThat(missingProfile.err()).contains("absent.xml: no such file");
    }

    @Test
    void invalidScenarioGivesTheSameLocatedLineAsValidate() {
        String file = resource("scenarios/bad-role.yaml");
        CliRun o = run("analyze", file);
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).isEqualTo(file + ":4:32: actors[1].role: 'partty' is not one of party, ratifier, "
                + "stakeholder (did you mean 'party'?)" + System.lineSeparator());
        assertThat(o.out()).isEmpty();
    }

    @Test
    void malformedGeniusFileGivesALocatedError() throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<utility_space>\n  <objective>\n</utility_space>\n");
        CliRun o = run("analyze", "--genius", laptop()[0], laptop()[1], broken.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).startsWith("parley: " + broken).doesNotContain("\tat ");
    }
}
