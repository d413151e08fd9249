package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.montecarlo.DrawOutcome;
import dev.parley.engine.montecarlo.DrawStreams;
import dev.parley.engine.montecarlo.ScenarioDrawPipeline;
import dev.parley.io.scenario.LoadedScenario;
import dev.parley.io.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code parley run --draws N}: the Monte Carlo answers in results.json, with small N to keep the build fast. */
class RunMonteCarloTest {

    private static final Path TUTORIAL = Path.of("..", "scenarios", "tutorial.yaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** z for a two-sided 90% interval: Φ⁻¹(0.95) (Abramowitz and Stegun, table 26.5). */
    private static final double Z90 = 1.6448536269514722;

    @TempDir
    Path dir;

    private JsonNode monteCarlo(String out) throws Exception {
        return JSON.readTree(Files.readString(dir.resolve(out).resolve("tutorial").resolve("results.json")))
                .get("sections").get("monte_carlo");
    }

    /** results.json, report.html and draws.csv, new answers and attribution included, for 1, 2 and 8 threads. */
    @Test
    void outputsAreByteIdenticalForOneTwoAndEightThreads() throws Exception {
        for (String t : List.of("1", "2", "8")) {
            CliRun r = CliRun.run("run", TUTORIAL.toString(), "--draws", "24", "--attribution-draws", "6",
                    "--threads", t, "--out", dir.resolve("t" + t).toString());
            assertThat(r.code()).as(r.err()).isZero();
            if (t.equals("1")) {
                assertThat(r.out()).contains("Monte Carlo: 24 draws: P(talks start within 6 months)")
                        .containsPattern("; most likely window [^;:]+: [^;]+ % \\(90%: ")
                        .containsPattern("\\n  drivers: on talks within 12 months: [^\\n]+; on agreement: [^\\n]+"
                                + " \\(Shapley values ± one standard error, 6 attribution draws\\)\\n");
            }
        }
        for (String f : List.of("results.json", "report.html", "draws.csv", "survival.csv", "traces.csv")) {
            byte[] one = Files.readAllBytes(dir.resolve("t1/tutorial").resolve(f));
            assertThat(Files.readAllBytes(dir.resolve("t2/tutorial").resolve(f))).as(f).isEqualTo(one);
            assertThat(Files.readAllBytes(dir.resolve("t8/tutorial").resolve(f))).as(f).isEqualTo(one);
        }
        JsonNode mc = monteCarlo("t1");
        // the answers open the report, before the scenario's description; the factor table carries the bars
        String html = Files.readString(dir.resolve("t1/tutorial/report.html"));
        assertThat(html.indexOf("<strong>The answers</strong>")).isPositive()
                .isLessThan(html.indexOf("<strong>At the table:</strong>"));
        assertThat(html).contains("<strong>Will talks start?</strong>").contains("class=\"bars\"")
                .contains("Shapley on P(talks start within 6 / 12 / 24 months)").contains("@media print");
        // the tornado's y axis carries the parameter names: its plot area starts right of the longest one
        // ("issues.water.commitments.shared.credibility", over 150 px in the 12 px tick font); without labels it
        // starts at x = 21
        java.util.regex.Matcher clip = java.util.regex.Pattern.compile("id='tornado-clip-0'><path d='M([0-9.]+),")
                .matcher(html);
        assertThat(clip.find()).isTrue();
        assertThat(Double.parseDouble(clip.group(1))).isGreaterThan(150);
        // the PRCC rows come by the largest |PRCC| in the row, each at least 0.1, as results.json has them
        int prccAt = html.indexOf("Rows by the largest |PRCC| in the row.");
        assertThat(prccAt).isPositive();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                "<tr><td>([^<]+)</td>((?:<td>[^<]+</td>){4})</tr>").matcher(html.substring(prccAt,
                html.indexOf("</table>", prccAt)));
        java.util.Map<String, JsonNode> prcc = new java.util.HashMap<>();
        mc.get("prcc").forEach(n -> prcc.put(n.get("path").asString(), n));
        double previous = Double.POSITIVE_INFINITY;
        int rows = 0;
        while (row.find()) {
            double largest = 0;
            for (String output : List.of("zopa_at_start", "first_ripe_month", "median_durability", "agreement")) {
                JsonNode r = prcc.get(row.group(1)).get(output);
                largest = r.isNumber() ? Math.max(largest, Math.abs(r.asDouble())) : largest;
            }
            assertThat(largest).as(row.group(1)).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(0.1);
            previous = largest;
            rows++;
        }
        assertThat(rows).isPositive();
        assertThat(mc.get("attribution").get("draws").asInt()).isEqualTo(6);
        assertThat(mc.get("attribution").get("players").get(0).asString()).isEqualTo("harsh-winter");
        assertThat(mc.get("agreement").get("trials").asInt()).isEqualTo(24);
    }

    /**
     * The exports: draws.csv has a header and one row per draw (draw index, 3 sampled parameters, 1 factor, the
     * outputs); its columns agree with results.json (agreements counted from the rows equal the reported count, and
     * each issue's term cells fill exactly the agreed rows); survival.csv has months 0..120; traces.csv starts with
     * the central case's trace.
     */
    @Test
    void csvExportsHaveOneRowPerDrawAndAgreeWithResults() throws Exception {
        int n = 20;
        CliRun r = CliRun.run("run", TUTORIAL.toString(), "--draws", Integer.toString(n), "--no-attribution",
                "--out", dir.resolve("c").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path out = dir.resolve("c/tutorial");
        List<String> draws = Files.readAllLines(out.resolve("draws.csv"));
        assertThat(draws).hasSize(n + 1);
        assertThat(draws.get(0)).isEqualTo("draw,trust.S.N,front.drift_per_month,"
                + "issues.water.commitments.shared.credibility,factor:harsh-winter,zopa_at_start,first_ripe_month,"
                + "median_durability_at_first_ripe_month,talks_ending,agreed,agreement_month,term:border,term:water,"
                + "term:prisoners,war_within_12_months,war_within_24_months,war_within_60_months,"
                + "agreement_median_durability");
        int columns = draws.get(0).split(",", -1).length;
        int agreed = 0;
        for (int i = 1; i <= n; i++) {
            String[] cells = draws.get(i).split(",", -1);
            assertThat(cells).hasSize(columns);
            assertThat(cells[0]).isEqualTo(Integer.toString(i - 1));
            boolean a = cells[9].equals("1");
            agreed += a ? 1 : 0;
            assertThat(cells[8]).isEqualTo(a ? "agreement" : cells[6].isEmpty() ? "no_talks" : cells[8]);
            assertThat(cells[11].isEmpty()).isEqualTo(!a);
            assertThat(cells[10].isEmpty()).isEqualTo(!a);
        }
        JsonNode mc = monteCarlo("c");
        assertThat(mc.get("agreement").get("successes").asInt()).isEqualTo(agreed);
        assertThat(mc.get("agreement").get("talks_endings").get("agreement").asInt()).isEqualTo(agreed);
        int endings = 0;
        for (JsonNode c : mc.get("agreement").get("talks_endings")) {
            endings += c.asInt();
        }
        assertThat(endings).isEqualTo(n);
        assertThat(mc.get("attribution").isNull()).isTrue();
        List<String> survival = Files.readAllLines(out.resolve("survival.csv"));
        assertThat(survival.get(0)).isEqualTo("month,survival_mean,mean_low_90,mean_high_90,draws_p05,draws_p95,"
                + "draws");
        if (agreed > 0) {
            assertThat(survival).hasSize(122);
            assertThat(survival.get(1)).startsWith("0,1.0,");
        }
        List<String> traces = Files.readAllLines(out.resolve("traces.csv"));
        assertThat(traces.get(0)).startsWith("case,event,round,month,actor,outcome,target,accepted,front,u_N,u_S");
        // the central case's talks open at its first ripe month (month 10 of the tutorial), as the draws' do
        JsonNode ripeMonths = JSON.readTree(Files.readString(out.resolve("results.json"))).get("sections")
                .get("ripeness").get("ripe_months");
        assertThat(ripeMonths.get(0).asInt()).isEqualTo(10);
        assertThat(traces.get(1)).startsWith("central,MonthStarted,0,10,");
        // the agreed terms of each issue sum to the agreements
        for (JsonNode issue : mc.get("agreement").get("terms")) {
            int sum = 0;
            for (JsonNode o : issue.get("options")) {
                sum += o.get("agreements").asInt();
            }
            assertThat(sum).isEqualTo(agreed);
        }
    }

    /** The counts are those of the draws run one by one on their streams; the intervals are Wilson's closed form. */
    @Test
    void answersMatchTheDrawsAndWilsonIntervals() throws Exception {
        int n = 16;
        CliRun r = CliRun.run("run", TUTORIAL.toString(), "--draws", Integer.toString(n), "--seed", "7", "--out",
                dir.resolve("a").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(Files.readString(dir.resolve("a/tutorial/results.json")));
        List<String> order = new ArrayList<>();
        root.get("sections").propertyNames().forEach(order::add);
        assertThat(order.subList(0, 2)).containsExactly("summary", "monte_carlo");
        JsonNode mc = root.get("sections").get("monte_carlo");
        assertThat(mc.get("seed").asLong()).isEqualTo(7);
        assertThat(mc.get("draws").asInt()).isEqualTo(n);
        assertThat(mc.get("partial").asBoolean()).isFalse();

        LoadedScenario loaded = ScenarioReader.read(TUTORIAL);
        ScenarioDrawPipeline pipeline = new ScenarioDrawPipeline(loaded.scenario(), loaded.parameters());
        int zopa = 0;
        int[] ripe = new int[3];
        int[] within = {6, 12, 24};
        for (int i = 0; i < n; i++) {
            DrawOutcome o = pipeline.run(DrawStreams.forDraw(7, i));
            zopa += o.zopaAtStart() ? 1 : 0;
            for (int k = 0; k < 3; k++) {
                ripe[k] += o.ripeWithin(within[k]) ? 1 : 0;
            }
        }
        assertWilson(mc.get("zopa_at_start"), zopa, n);
        for (int k = 0; k < 3; k++) {
            assertWilson(mc.get("ripe_within_months").get(Integer.toString(within[k])), ripe[k], n);
        }
        JsonNode steps = mc.get("zopa_at_start").get("convergence");
        assertThat(steps).hasSize(4);
        assertThat(List.of(steps.get(0).get("draws").asInt(), steps.get(1).get("draws").asInt(),
                steps.get(2).get("draws").asInt(), steps.get(3).get("draws").asInt())).containsExactly(2, 4, 8, 16);
        // three uncertain parameters in the tutorial, each with a PRCC row
        assertThat(mc.get("prcc")).hasSize(3);
        assertThat(mc.get("prcc").get(0).get("path").asString()).isEqualTo("trust.S.N");
        // tornado: one swing per uncertain parameter, widest first; trust.S.N's ends are the 5th and 95th
        // percentiles of uniform(0.3, 0.7): 0.3 + 0.05·0.4 = 0.32 and 0.3 + 0.95·0.4 = 0.68
        JsonNode swings = mc.get("swings_first_ripe_month");
        assertThat(swings).hasSize(3);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode w : swings) {
            double width = Math.abs(w.get("output_at_high").asDouble() - w.get("output_at_low").asDouble());
            assertThat(width).isLessThanOrEqualTo(previous);
            previous = width;
            if (w.get("path").asString().equals("trust.S.N")) {
                assertThat(w.get("low_value").asDouble()).isCloseTo(0.32, within(1e-12));
                assertThat(w.get("high_value").asDouble()).isCloseTo(0.68, within(1e-12));
            }
        }
    }

    private static void assertWilson(JsonNode p, int successes, int n) {
        assertThat(p.get("successes").asInt()).isEqualTo(successes);
        assertThat(p.get("trials").asInt()).isEqualTo(n);
        double phat = (double) successes / n;
        double z2 = Z90 * Z90;
        double centre = (phat + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z90 / (1 + z2 / n) * Math.sqrt(phat * (1 - phat) / n + z2 / (4.0 * n * n));
        assertThat(p.get("estimate").asDouble()).isEqualTo(phat);
        assertThat(p.get("low").asDouble()).isCloseTo(Math.max(0, centre - half), within(1e-9));
        assertThat(p.get("high").asDouble()).isCloseTo(Math.min(1, centre + half), within(1e-9));
    }

    /** A cancelled run (as after Ctrl-C) keeps the completed prefix — here none — and says it is partial. */
    @Test
    void cancelledRunIsMarkedPartial() {
        LoadedScenario loaded = ScenarioReader.read(TUTORIAL);
        MonteCarloRun.OnInterrupt interrupt = new MonteCarloRun.OnInterrupt();
        interrupt.cancel().set(true);
        java.io.StringWriter err = new java.io.StringWriter();
        var section = MonteCarloRun.section(loaded.scenario(), loaded.parameters(), 16, 3L, 2, 8, false,
                new java.io.PrintWriter(err), interrupt).orElseThrow();
        interrupt.close();
        assertThat(section.results().get("partial").asBoolean()).isTrue();
        assertThat(section.results().get("requested_draws").asInt()).isEqualTo(16);
        assertThat(section.results().get("draws").asInt()).isZero();
        assertThat(section.summarySentence()).startsWith("0 draws (partial: cancelled)");
        assertThat(section.html()).contains("The run was cancelled");
        // the new answers stay consistent on the empty prefix: no agreement counted, no attribution run
        assertThat(section.results().get("agreement").get("trials").asInt()).isZero();
        assertThat(section.results().get("talks_start").get("never").asInt()).isZero();
        assertThat(section.results().get("attribution").isNull()).isTrue();
        assertThat(section.answerSentences("")).isNotEmpty();
    }

    @Test
    void zeroDrawsSkipTheMonteCarlo() throws Exception {
        CliRun r = CliRun.run("run", TUTORIAL.toString(), "--draws", "0", "--out", dir.resolve("z").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(monteCarlo("z")).isNull();
        assertThat(r.out()).doesNotContain("Monte Carlo");
    }

    @Test
    void negativeDrawsAndThreadsAreRejectedClearly() {
        CliRun d = CliRun.run("run", TUTORIAL.toString(), "--draws", "-3", "--out", dir.toString());
        assertThat(d.code()).isEqualTo(2);
        assertThat(d.err()).contains("--draws -3 is negative").doesNotContain("Exception");
        CliRun t = CliRun.run("run", TUTORIAL.toString(), "--draws", "8", "--threads", "0", "--out",
                dir.toString());
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("--threads 0 must be at least 1").doesNotContain("Exception");
        CliRun a = CliRun.run("run", TUTORIAL.toString(), "--draws", "8", "--attribution-draws", "-1", "--out",
                dir.toString());
        assertThat(a.code()).isEqualTo(2);
        assertThat(a.err()).contains("--attribution-draws -1 is negative").doesNotContain("Exception");
    }

    /**
     * --exact-attribution on the flagship: all 2^7 coalitions of its 7 random factors in each draw. The values then
     * satisfy efficiency draw by draw — they sum to v(all on) − v(none on) on every headline — and the method says
     * exact.
     */
    @Test
    void exactAttributionValuesEveryCoalitionAndIsEfficient() throws Exception {
        CliRun r = CliRun.run("run", Path.of("..", "scenarios", "ukraine-2025.yaml").toString(), "--draws", "2",
                "--attribution-draws", "2", "--exact-attribution", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode a = JSON.readTree(Files.readString(dir.resolve("ukraine-2025").resolve("results.json")))
                .get("sections").get("monte_carlo").get("attribution");
        assertThat(a.get("method").asString()).isEqualTo("exact per draw (all coalitions), mean over draws");
        assertThat(a.get("players").size()).isEqualTo(7);
        for (JsonNode h : a.get("headlines")) {
            double sum = 0;
            for (JsonNode v : h.get("shapley")) {
                sum += v.get("value").asDouble();
            }
            assertThat(sum).isCloseTo(h.get("all_on").asDouble() - h.get("none_on").asDouble(),
                    org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
