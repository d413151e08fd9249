package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley simulate} on the tutorial. Reference numbers, by hand from scenarios/tutorial.yaml: N's utility of
 * (border 0.75, north-takes-all, exchanged) is 0.5·0.75 + 0.2·1 + 0.3·1 = 0.875 and S's is 0.4·0.25 + 0 + 0.2·1 = 0.3;
 * N's best allowed outcome (S's red line caps the border at 0.8) is worth 0.5·0.8 + 0.2 + 0.3 = 0.9 to N and
 * 0.4·0.2 + 0.2 = 0.28 to S; N's Boulware target (Faratin et al. 1998, e = 0.2, own minimum 0.1, deadline 24 rounds)
 * 0.9 − 0.8·(r/24)^5 first reaches 0.875 at r = 12, the round of the agreement.
 */
class SimulateCommandTest {

    private static final Path TUTORIAL = Path.of("..", "scenarios", "tutorial.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void textPrintsTheAgreementAndTheTrace() {
        CliRun o = CliRun.run("simulate", TUTORIAL.toString());
        assertThat(o.code()).isZero();
        assertThat(o.lines()).contains(
                "  at the table: N (boulware), S (conceder); ratifiers: none; deadline 24 months, 1 round a month, seed 1",
                "  AGREEMENT in month 12 (round 12)",
                "    border = 0.75", "    water = north-takes-all", "    prisoners = exchanged",
                "    r0   m0   N offers #65 (target 0.9000): N 0.9000, S 0.2800");
        assertThat(o.lines()).anySatisfy(l -> assertThat(l).startsWith("  N            0.8750"));
        assertThat(o.lines()).anySatisfy(l -> assertThat(l).startsWith("  S            0.3000"));
        assertThat(o.err()).isEmpty();
    }

    @Test
    void jsonCarriesTheFullTraceAndCsvOneRowPerEvent() throws Exception {
        CliRun o = CliRun.run("simulate", TUTORIAL.toString(), "--format", "json", "--seed", "5");
        assertThat(o.code()).isZero();
        JsonNode j = JSON.readTree(o.out());
        assertThat(j.path("ending").asString()).isEqualTo("agreement");
        assertThat(j.path("seed").asLong()).isEqualTo(5);
        assertThat(j.path("round").asInt()).isEqualTo(12);
        assertThat(j.path("utilities").path("N").asDouble()).isCloseTo(0.875, within(1e-12));
        assertThat(j.path("utilities").path("S").asDouble()).isCloseTo(0.3, within(1e-12));
        assertThat(j.path("utilities").path("S").asDouble())
                .isGreaterThanOrEqualTo(j.path("no_deal_values").path("S").asDouble());
        JsonNode first = j.path("trace").get(1);
        assertThat(first.path("event").asString()).isEqualTo("Offered");
        assertThat(first.path("utilities").path("N").asDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(first.path("utilities").path("S").asDouble()).isCloseTo(0.28, within(1e-12));

        CliRun c = CliRun.run("simulate", TUTORIAL.toString(), "--format", "csv");
        assertThat(c.code()).isZero();
        assertThat(c.lines().get(0)).isEqualTo("event,round,month,actor,outcome,target,accepted,front,u_N,u_S,w_N,w_S");
        assertThat(c.lines()).hasSize(j.path("trace").size() + 1);
        String[] offer = c.lines().get(2).split(",", -1);
        assertThat(offer).startsWith("Offered", "0", "0", "N", "65");
        assertThat(Double.parseDouble(offer[8])).isCloseTo(0.9, within(1e-12));
        assertThat(Double.parseDouble(offer[9])).isCloseTo(0.28, within(1e-12));
    }

    @Test
    void badInputIsLocatedWithExitCode2(@TempDir Path dir) throws Exception {
        CliRun format = CliRun.run("simulate", TUTORIAL.toString(), "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format 'xml' is not one of text, json, csv");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(TUTORIAL).replace("S: conceder", "S: escalate-for-leverage"));
        // the scenario format allows escalate-for-leverage; the tutorial has no ladder, so S negotiates as boulware
        CliRun ladder = CliRun.run("simulate", bad.toString());
        assertThat(ladder.code()).isZero();
        assertThat(ladder.out()).contains("at the table: N (boulware), S (escalate-for-leverage);")
                .doesNotContain("escalates:");
        CliRun inner = CliRun.run("simulate", TUTORIAL.toString(), "--strategy", "S=escalate-for-leverage/boulwere");
        assertThat(inner.code()).isEqualTo(2);
        assertThat(inner.err()).contains("simulation.strategies.S: 'escalate-for-leverage/boulwere' escalates around"
                + " 'boulwere', which is not a strategy").doesNotContain("Exception").doesNotContain("\tat ");
        Path noStrategy = dir.resolve("default.yaml");
        Files.writeString(noStrategy, Files.readString(TUTORIAL).replace("{N: boulware, S: conceder}", "{N: boulware}"));
        CliRun fallback = CliRun.run("simulate", noStrategy.toString());
        assertThat(fallback.code()).isZero();
        assertThat(fallback.out()).contains("at the table: N (boulware), S (batna-aware);");
        CliRun missing = CliRun.run("simulate", dir.resolve("none.yaml").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).doesNotContain("\tat ");
    }

    @Test
    void runAddsTheNegotiationSectionWithTheSameAgreement(@TempDir Path dir) throws Exception {
        CliRun o = CliRun.run("run", TUTORIAL.toString(), "--out", dir.toString());
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("ripeness month by month; negotiation simulation;");
        JsonNode n = JSON.readTree(dir.resolve("tutorial/results.json").toFile()).get("sections").get("negotiation");
        assertThat(n.get("ending").asString()).isEqualTo("agreement");
        assertThat(n.get("round").asInt()).isEqualTo(12);
        assertThat(n.get("utilities").get("N").asDouble()).isCloseTo(0.875, within(1e-12));
        assertThat(Files.readString(dir.resolve("tutorial/report.html"))).contains("Negotiation simulation");
    }

    private static final Path FLAGSHIP = Path.of("..", "scenarios", "ukraine-2025.yaml");

    @Test
    void compareEscalationPrintsBothArmsAndTheVerdict() throws Exception {
        CliRun o = CliRun.run("simulate", FLAGSHIP.toString(), "--compare-escalation", "--seeds", "4",
                "--threads", "2");
        assertThat(o.code()).isZero();
        assertThat(o.lines()).contains("  escalation compared over 4 draws, seed 20250120: factors with a probability"
                + " drawn, front sampled, counter-moves drawn; talks from each draw's first ripe month (none: no talks)",
                "  escalating: US escalate-naive/boulware; not taken (not at the table): nato-contingents (by EU)",
                "  difference in P(agreement): +0.0 points");
        // every draw ripens (the central case in month 30), so all 4 have talks: P(agreement | talks) 0 of 4
        assertThat(o.lines()).anySatisfy(l -> assertThat(l).startsWith("  no escalation          0.0% (0/4)   "
                + "   0.000–0.403   0.0% (0/4)             0"));
        assertThat(o.lines()).anySatisfy(l -> assertThat(l).startsWith("  escalate for leverage  0.0% (0/4)")
                .endsWith("  4 (" + l.substring(l.lastIndexOf('(') + 1)));
        assertThat(o.lines()).anySatisfy(l -> assertThat(l).startsWith("  Under the scenario's assumptions escalation"
                + " leaves the chance of agreement unchanged at 0.0% (0 of 4 draws in both arms)"));
        CliRun j = CliRun.run("simulate", FLAGSHIP.toString(), "--compare-escalation", "--seeds", "4",
                "--threads", "1", "--format", "json");
        assertThat(j.code()).isZero();
        JsonNode c = JSON.readTree(j.out());
        double z = 1.6448536269514722; // Wilson's 90% upper bound at 0 of 4 is z²/(4 + z²)
        assertThat(c.path("arms").get(0).path("interval").get(1).asDouble()).isCloseTo(z * z / (4 + z * z),
                within(1e-9));
        assertThat(c.path("escalators").path("US").asString()).isEqualTo("escalate-naive/boulware");
        assertThat(c.path("talks_from").asString()).isEqualTo("ripe");
        assertThat(c.path("arms").get(0).path("no_talks").asInt()).isZero();
        assertThat(c.path("arms").get(0).path("probability_among_talks").asDouble()).isZero();
        // one thread or two: the same numbers
        assertThat(o.out()).contains(c.path("verdict").asString());
        CliRun m0 = CliRun.run("simulate", FLAGSHIP.toString(), "--compare-escalation", "--seeds", "4",
                "--threads", "2", "--talks-from", "month0");
        assertThat(m0.code()).isZero();
        assertThat(m0.out()).contains("counter-moves drawn; talks from month 0", "(talks open in month 0 in every draw)");
    }

    @Test
    void theSeedDrawsTheCounterMoveWhenAPartyEscalates() throws Exception {
        java.util.Set<Boolean> countered = new java.util.HashSet<>();
        for (int seed = 1; seed <= 40 && countered.size() < 2; seed++) {
            CliRun o = CliRun.run("simulate", FLAGSHIP.toString(), "--strategy", "US=escalate-naive", "--seed",
                    Integer.toString(seed), "--format", "json");
            assertThat(o.code()).isZero();
            JsonNode e = JSON.readTree(o.out()).path("escalations").get(0);
            assertThat(e.path("rung").asString()).isEqualTo("long-range-systems");
            assertThat(e.path("counter_probability").asDouble()).isCloseTo(0.9, within(1e-12));
            countered.add(e.path("countered").asBoolean());
            if (seed == 1) {
                CliRun again = CliRun.run("simulate", FLAGSHIP.toString(), "--strategy", "US=escalate-naive",
                        "--seed", "1", "--format", "json");
                assertThat(again.out()).isEqualTo(o.out());
            }
        }
        assertThat(countered).containsExactlyInAnyOrder(true, false); // p = 0.9: 0.9^40 ≈ 0.015 of missing "false"
        CliRun text = CliRun.run("simulate", FLAGSHIP.toString(), "--strategy", "US=escalate-naive", "--seed", "1");
        assertThat(text.out()).contains("  escalation in month 0: US takes long-range-systems;",
                "trust RU→US 0.1200 → 0.09600", "US escalates: long-range-systems");
    }

    @Test
    void badEscalationOptionsGetExitCode2WithTheValidValues() {
        String f = FLAGSHIP.toString();
        assertThat(CliRun.run("simulate", f, "--seeds", "5").err()).contains("belong to --compare-escalation");
        assertThat(CliRun.run("simulate", f, "--compare-escalation", "--seeds", "0").err())
                .contains("--seeds 0 must be at least 1");
        assertThat(CliRun.run("simulate", f, "--compare-escalation", "--threads", "0").err())
                .contains("--threads 0 must be at least 1");
        assertThat(CliRun.run("simulate", f, "--compare-escalation", "--escalator", "hawk").err())
                .contains("--escalator 'hawk' is not one of escalate-for-leverage, escalate-naive");
        assertThat(CliRun.run("simulate", f, "--compare-escalation", "--talks-from", "ripeness").err())
                .contains("--talks-from 'ripeness' is not one of ripe, month0");
        assertThat(CliRun.run("simulate", f, "--talks-from", "ripe").err()).contains("belong to --compare-escalation");
        assertThat(CliRun.run("simulate", f, "--compare-escalation", "--format", "csv").err())
                .contains("text or json, not csv");
        assertThat(CliRun.run("simulate", f, "--strategy", "US").err()).contains("--strategy 'US' is not PARTY=NAME");
        CliRun ua = CliRun.run("simulate", f, "--strategy", "UA=linear");
        assertThat(ua.code()).isEqualTo(2);
        assertThat(ua.err()).contains("'UA', which is not a party at the table; the parties are US, RU");
        CliRun tutorial = CliRun.run("simulate", TUTORIAL.toString(), "--compare-escalation", "--seeds", "2");
        assertThat(tutorial.code()).isEqualTo(2);
        assertThat(tutorial.err()).contains("no party at the table has a rung").doesNotContain("\tat ");
        for (String[] args : List.of(new String[] {"--seeds", "5"}, new String[] {"--strategy", "US"})) {
            String[] all = new String[args.length + 2];
            all[0] = "simulate";
            all[1] = f;
            System.arraycopy(args, 0, all, 2, args.length);
            assertThat(CliRun.run(all).code()).isEqualTo(2);
        }
    }
}
