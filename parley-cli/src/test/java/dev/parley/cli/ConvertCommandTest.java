package dev.parley.cli;

import static dev.parley.cli.AnalyzeCommandTest.resource;
import static dev.parley.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parley convert}: a GENIUS domain as a scenario that reproduces REFERENCE.md under {@code parley analyze}. */
class ConvertCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Laptop-C-prof1.xml and -prof2.xml weights as written: 0.4452125771655631 + 0.37808251708013424 + 0.1767567099260568. */
    private static final double LAPTOP_WEIGHT_SUM = 0.4452125771655631 + 0.37808251708013424 + 0.1767567099260568;

    @TempDir
    Path dir;

    /**
     * REFERENCE.md, Laptop: Nash (1.000052, 0.815105), max welfare 1.815157, Nash outcome HP; 60 Gb; 19'' LCD.
     * Parley divides each party's weights by their sum (1.0000518 for both profiles), which scales each utility by
     * 1/1.0000518; with d = W = rv = 0 the Nash product and the welfare order are unchanged by that scaling here, so
     * the converted scenario's Nash and utilitarian points times the weight sum must equal the reference values.
     */
    @Test
    void convertedLaptopReproducesTheGeniusNashPointAndMaximumWelfare() throws Exception {
        Path yaml = dir.resolve("laptop.yaml");
        CliRun c = run("convert", resource("genius/Laptop/Laptop-C-domain.xml"),
                resource("genius/Laptop/Laptop-C-prof1.xml"), resource("genius/Laptop/Laptop-C-prof2.xml"),
                "-o", yaml.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).isEqualTo("wrote " + yaml + System.lineSeparator());
        assertThat(LAPTOP_WEIGHT_SUM).isCloseTo(1.0000518, within(1e-7));

        CliRun v = run("validate", yaml.toString());
        assertThat(v.code()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("2 actors, 3 issues, 27 outcomes");

        CliRun a = run("analyze", yaml.toString(), "--format", "json");
        assertThat(a.code()).as(a.err()).isZero();
        JsonNode b = JSON.readTree(a.out());
        assertThat(b.get("outcomes").asLong()).isEqualTo(27);
        assertThat(b.get("frontier").get("outcomes").asLong()).isEqualTo(4);
        assertThat(b.get("deciders").get(0).get("no_deal_value").asDouble()).isZero();
        JsonNode nash = b.get("solutions").get(0);
        assertThat(nash.get("concept").asString()).isEqualTo("nash");
        assertThat(nash.get("utilities").get("Laptop-C-prof1").asDouble() * LAPTOP_WEIGHT_SUM)
                .isCloseTo(1.000052, within(1e-6));
        assertThat(nash.get("utilities").get("Laptop-C-prof2").asDouble() * LAPTOP_WEIGHT_SUM)
                .isCloseTo(0.815105, within(1e-6));
        assertThat(nash.get("outcome").asString()).isEqualTo("Laptop=HP; Harddisk=v60-Gb; External-Monitor=v19-LCD");
        JsonNode utilitarian = b.get("solutions").get(3);
        assertThat(utilitarian.get("concept").asString()).isEqualTo("utilitarian");
        double welfare = (utilitarian.get("utilities").get("Laptop-C-prof1").asDouble()
                + utilitarian.get("utilities").get("Laptop-C-prof2").asDouble()) * LAPTOP_WEIGHT_SUM;
        assertThat(welfare).isCloseTo(1.815157, within(1e-6));
    }

    @Test
    void convertedScenarioKeepsGeniusSemanticsAndSaysWhatItRenamed() {
        CliRun c = run("convert", resource("genius/Laptop/Laptop-C-domain.xml"),
                resource("genius/Laptop/Laptop-C-prof1.xml"), resource("genius/Laptop/Laptop-C-prof2.xml"));
        assertThat(c.code()).as(c.err()).isZero();
        // Laptop-C-prof1.xml: Laptop evaluations 12, 20, 30 and Harddisk 30, 20, 9, each divided by the issue's max 30
        assertThat(c.out())
                .contains("\"Laptop\": { \"Dell\": 0.4, \"Macintosh\": " + (20.0 / 30) + ", \"HP\": 1.0 }")
                .contains("\"Harddisk\": { \"v60-Gb\": 1.0, \"v80-Gb\": " + (20.0 / 30) + ", \"v120-Gb\": 0.3 }")
                .contains("\"Laptop\": { value: 0.4452125771655631, source: \"Laptop-C-prof1.xml: weight as written\" }").contains("# option v60-Gb is GENIUS value \"60 Gb\"")
                .contains("# option v19-LCD is GENIUS value \"19'' LCD\"")
                .contains("name: \"External Monitor\"")
                .contains("reservation: { value: 0, source: \"Laptop-C-prof1.xml: <reservation> as written\" }");
    }

    /**
     * NegMAS IntegerDomain (integer issues price, otherprice in -5..5; reference/negotiation-platforms.md §2.5: 121
     * outcomes, 1 Pareto outcome, Nash (1, 1) at (5, 5), welfare 2). Closed form from the evaluators: prof1 price
     * clamp01(0.08·(v+5) + 0.3), otherprice 0.1·(v+5); prof2 both 0.1·(v+5); at (5, 5) every evaluation is 1 and
     * the weights sum to 1, so (1, 1). Directly and through a converted scenario (integers become options v-5..v5).
     */
    @Test
    void integerIssuesGiveTheReferencePointDirectlyAndAfterConversion() throws Exception {
        String[] files = {resource("genius/IntegerDomain/IntegerDomain.xml"),
            resource("genius/IntegerDomain/IntegerDomain-prof1.xml"),
            resource("genius/IntegerDomain/IntegerDomain-prof2.xml")};
        CliRun direct = run("analyze", "--genius", files[0], files[1], files[2]);
        assertThat(direct.code()).as(direct.err()).isZero();
        assertThat(direct.out()).contains("2 issues, 121 outcomes, 2 parties")
                .contains("1 Pareto outcomes at 1 distinct points")
                .containsPattern("Nash \\(max Π\\(u−d\\)\\) +\\(1\\.000000, 1\\.000000\\)")
                .contains("outcome: price=5; otherprice=5")
                .contains("Maximum social welfare over all outcomes: 2.000000");

        Path yaml = dir.resolve("integer.yaml");
        assertThat(run("convert", files[0], files[1], files[2], "-o", yaml.toString()).code()).isZero();
        String text = Files.readString(yaml);
        // prof1 price at -5: clamp01(0.08·0 + 0.3) = 0.3; at 5: clamp01(1.1) = 1
        assertThat(text).contains("options: [\"v-5\", \"v-4\"").contains("\"v-5\": 0.3,").contains("\"v5\": 1.0 }");
        JsonNode b = JSON.readTree(run("analyze", yaml.toString(), "--format", "json").out());
        assertThat(b.get("outcomes").asLong()).isEqualTo(121);
        assertThat(b.get("frontier").get("outcomes").asLong()).isEqualTo(1);
        JsonNode nash = b.get("solutions").get(0);
        assertThat(nash.get("utilities").get("IntegerDomain-prof1").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(nash.get("utilities").get("IntegerDomain-prof2").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(nash.get("outcome").asString()).isEqualTo("price=v5; otherprice=v5");
    }

    /**
     * GeniusWeb FlightBooking with the same profile twice: values as written (no division by the max), the
     * reservation value = utility of the reservation bid 0.7·0.5 + 0.15·1.0 + 0.15·0.667 = 0.60005.
     */
    @Test
    void geniusWebProfilesConvertWithTheReservationBidsUtility() throws Exception {
        String domain = resource("geniusweb/FlightBooking/flightbooking.json");
        String profile = resource("geniusweb/FlightBooking/flightbooking2.json");
        CliRun c = run("convert", domain, profile, profile);
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("\"departure-airport\": { \"CentAir\": 0.333, \"Narita\": 0.665, \"Kansai\": 1.0 }")
                .contains("# option v2-sept is GENIUS value \"2 sept.\"")
                .contains("flightbooking2.json: utility of the reservation bid");
        Path yaml = dir.resolve("flight.yaml");
        Files.writeString(yaml, c.out());
        JsonNode b = JSON.readTree(run("analyze", yaml.toString(), "--format", "json").out());
        assertThat(b.get("deciders").get(0).get("no_deal_value").asDouble()).isCloseTo(0.60005, within(1e-12));
        assertThat(b.get("outcomes").asLong()).isEqualTo(36);
    }

    @Test
    void hyperRectangleProfilesAreRefusedWithExitTwo() {
        CliRun c = run("convert", resource("genius/10issues/10issues-domain.xml"),
                resource("genius/10issues/profile-1.xml"), resource("genius/10issues/profile-2.xml"));
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).contains("profile-1.xml: a non-additive (hyper-rectangle) profile cannot be written as a "
                + "Parley scenario").doesNotContain("\tat ");
        assertThat(c.out()).isEmpty();
    }

    @Test
    void unwritableOutputIsBadInput() throws Exception {
        Path file = dir.resolve("plain-file");
        Files.writeString(file, "x");
        CliRun c = run("convert", resource("genius/Laptop/Laptop-C-domain.xml"),
                resource("genius/Laptop/Laptop-C-prof1.xml"), resource("genius/Laptop/Laptop-C-prof2.xml"),
                "-o", file.resolve("out.yaml").toString());
        assertThat(c.code()).isEqualTo(2);
        assertThat(c.err()).startsWith("parley: cannot write ");
    }
}
