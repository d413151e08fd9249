package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code parley forecast} end to end. Expected numbers come from hand calculation (forecast-mini.yaml, the
 * flagship's compromise), from KTAB's reference run of dummyData_3Dim ({@code 20170530_ref-dummyData_3Dim.txt}, as
 * quoted in shared/reference/forecast-models.md §3.1), from Scholz's {@code Example.log}, and from the DEU III
 * development-split table of {@code parley-bench}'s DeuAccuracyIT.
 */
class ForecastCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ForecastCommandTest.class.getResource("/forecast/" + name).toURI()).toString();
    }

    static double printed(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Test
    void smallScenarioGivesTheHandWorkedTable() throws Exception {
        String file = resource("forecast-mini.yaml");
        CliRun o = run("forecast", file, "--model", "compromise,median");
        assertThat(o.code()).isZero();
        // positions: A kept=0, line max -> 100; B lifted=100, line min -> 0; C tie eased/lifted -> 75, line peak
        // 0.4 -> 40. Weights c*s: sanctions A 3*.5=1.5, B 1*.75=.75, C 2*.25=.5; line A 1.5, B .25, C 2*.75=1.5.
        // compromise: sanctions 112.5/2.75 = 40.909, line 210/3.25 = 64.615 (= 0.6462 of the range)
        // median: sanctions 0 carries 1.5 of 2.75 -> 0; line cumulative .25, 1.75 > 1.625 at 40 -> 40
        assertThat(o.out()).isEqualTo(String.join(NL,
                "fmini: Forecast mini case",
                "3 actors (A, B, C), 2 issues",
                "  compromise compromise model (capability × salience weighted mean)",
                "  median     weighted median",
                "",
                "sanctions: Sanctions",
                "  scale: 0 = kept · 50 = eased · 100 = lifted",
                "  model         forecast  in issue terms     rounds",
                "  compromise       40.91  eased                   -",
                "  median            0.00  kept                    -",
                "  spread           40.91  (0.00 to 40.91)",
                "  positions           A        B        C",
                "  start            0.00   100.00    75.00",
                "",
                "line: Line of contact",
                "  scale: 0 = 0 · 100 = 1",
                "  model         forecast  in issue terms     rounds",
                "  compromise       64.62  0.6462                  -",
                "  median           40.00  0.4                     -",
                "  spread           24.62  (40.00 to 64.62)",
                "  positions           A        B        C",
                "  start          100.00     0.00    40.00", ""));
        assertThat(o.err()).contains(file + ":15:17: note: preferences.C.weights: weights sum to 4, not 1")
                .contains(file + ": note: actor C values options eased, lifted of issue sanctions equally most; "
                        + "placed midway between eased and lifted, at 75")
                .contains(file + ": note: actor D has no capability and is left out of the forecast");
    }

    @Test
    void flagshipJsonHasTheMappedPositionsAndHandWorkedCompromise() throws Exception {
        CliRun o = run("forecast", Path.of("..", "scenarios", "ukraine-2025.yaml").toString(), "--format", "json");
        assertThat(o.code()).isZero();
        JsonNode r = JSON.readTree(o.out());
        assertThat(r.get("source").asString()).isEqualTo("ukraine-2025");
        assertThat(r.get("actors")).extracting(a -> a.get("id").asString()).containsExactly("US", "RU", "UA", "EU");
        assertThat(r.get("actors")).extracting(a -> a.get("capability").asDouble())
                .containsExactly(0.45, 0.30, 0.10, 0.15);
        // each actor's best option/end of range, from the value tables of scenarios/ukraine-2025.yaml; UA gives
        // no eurosec values (weight 0) and sits at 50
        double[][] positions = {{0, 100, 0, 0}, {100.0 / 3, 100, 0, 100.0 / 3}, {50, 0, 100, 100}, {50, 0, 100, 100},
            {100, 0, 100, 100}, {0, 100, 50, 50}};
        double[][] saliences = {{.10, .15, .20, .10}, {.15, .10, .05, .10}, {.15, .10, .20, .20}, {.10, .15, .15, .15},
            {.25, .30, .40, .20}, {.25, .20, 0, .25}};
        JsonNode issues = r.get("issues");
        assertThat(issues).extracting(i -> i.get("id").asString())
                .containsExactly("nato", "sanctions", "guarantees", "contingents", "line", "eurosec");
        for (int d = 0; d < 6; d++) {
            for (int a = 0; a < 4; a++) {
                assertThat(issues.get(d).get("positions").get(a).asDouble()).isCloseTo(positions[d][a], within(1e-9));
                assertThat(issues.get(d).get("saliences").get(a).asDouble()).isCloseTo(saliences[d][a], within(1e-12));
                assertThat(issues.get(d).get("trajectories").get("smp").get(0).get(a).asDouble())
                        .isCloseTo(positions[d][a], within(1e-9));
            }
        }
        // nato: c*s = .045 (US, 0), .045 (RU, 100), .02 (UA, 0), .015 (EU, 0) -> 4.5/.125 = 36
        assertThat(issues.get(0).get("forecasts").get("compromise").asDouble()).isCloseTo(36.0, within(1e-9));
        assertThat(issues.get(0).get("in_issue_terms").get("compromise").asString()).isEqualTo("not-invited");
        // line: .1125, .09 (RU at 0), .04, .03 -> 18.25/.2725
        assertThat(issues.get(4).get("forecasts").get("compromise").asDouble()).isCloseTo(18.25 / .2725, within(1e-9));
        assertThat(r.get("models")).extracting(m -> m.get("applicable").asBoolean()).containsOnly(true);
        assertThat(o.err()).contains("note: actor UA gives no value function for issue eurosec (weight 0)");
    }

    @Test
    void expectedUtilityOnScholzsExampleEndsWhereExampleLogDoes() throws Exception {
        CliRun o = run("forecast", resource("ExampleActors.csv"), "--model", "eu");
        assertThat(o.code()).isZero();
        // Example.log after round 10: Belgium 4.2915, Luxembourg and Ireland 4.1448, the others unmoved
        StringBuilder expected = new StringBuilder(String.format("  %-12s", "eu final"));
        for (double x : new double[] {4, 4.29, 4.14, 4, 10, 10, 10, 4.14, 4, 7}) {
            expected.append(String.format(Locale.ROOT, "%13.2f", x));
        }
        assertThat(o.lines()).contains(expected.toString(),
                "  eu                7.00     10",
                "  model         forecast rounds");
        assertThat(o.lines().get(0)).isEqualTo(resource("ExampleActors.csv") + ", BDM CSV");
    }

    @Test
    void ktabCsvAndXmlReproduceKtabsReferenceRunInCsvFormat() throws Exception {
        double[][] last = {{78.6, 31.8, 74.1}, {78.6, 31.8, 74.1}, {82.5, 90.9, 0.1}, {67.1, 50.1, 63.7},
            {78.6, 31.6, 74.1}, {79.9, 34.4, 75.2}, {78.6, 31.6, 74.1}};
        CliRun csv = run("forecast", resource("dummyData_3Dim.csv"), "--format", "csv");
        CliRun xml = run("forecast", resource("dummyData_3Dim.xml"), "--format", "csv");
        assertThat(csv.code()).isZero();
        assertThat(xml.code()).isZero();
        assertThat(xml.out()).isEqualTo(csv.out());
        List<String> lines = csv.lines();
        assertThat(lines).hasSize(1 + 3 * 5);
        assertThat(lines.get(0)).isEqualTo("issue,model,forecast,lowest,highest,spread,rounds,SActor-00,SActor-01,"
                + "SActor-02,SActor-03,SActor-04,SActor-05,SActor-06");
        for (int d = 0; d < 3; d++) {
            String[] start = lines.get(1 + 5 * d).split(",", -1);
            assertThat(start[1]).isEqualTo("start");
            String[] smp = lines.get(2 + 5 * d).split(",", -1);
            assertThat(smp).hasSize(14);
            assertThat(smp[0]).isEqualTo("Pstn" + (d + 1));
            assertThat(smp[1]).isEqualTo("smp");
            assertThat(smp[6]).isEqualTo("10");
            for (int a = 0; a < 7; a++) {
                assertThat(printed(Double.parseDouble(smp[7 + a]), 1)).isEqualTo(last[a][d]);
            }
            double lowest = Double.parseDouble(smp[3]);
            double highest = Double.parseDouble(smp[4]);
            assertThat(Double.parseDouble(smp[5])).isCloseTo(highest - lowest, within(1e-12));
            for (int m = 0; m < 4; m++) {
                double f = Double.parseDouble(lines.get(2 + 5 * d + m).split(",", -1)[2]);
                assertThat(f).isBetween(lowest, highest);
            }
        }
    }

    @Test
    void roundsCapsSmpAtKtabsFirstTurn() throws Exception {
        double[][] turn1 = {{79.5, 44.7, 72.0}, {78.9, 56.3, 72.5}, {82.5, 90.9, 0.1}, {65.8, 50.8, 63.0},
            {79.5, 44.7, 72.0}, {84.4, 34.1, 86.3}, {75.6, 24.8, 72.0}};
        CliRun o = run("forecast", resource("dummyData_3Dim.csv"), "--format", "json", "--rounds", "1");
        assertThat(o.code()).isZero();
        JsonNode r = JSON.readTree(o.out());
        for (int d = 0; d < 3; d++) {
            JsonNode smp = r.get("issues").get(d).get("trajectories").get("smp");
            assertThat(smp).hasSize(2);
            JsonNode eu = r.get("issues").get(d).get("trajectories").get("eu");
            assertThat(eu.size()).isLessThanOrEqualTo(2);
            for (int a = 0; a < 7; a++) {
                assertThat(printed(smp.get(1).get(a).asDouble(), 1)).isEqualTo(turn1[a][d]);
            }
        }
        assertThat(r.get("models").get(0).get("note").asString())
                .isEqualTo("capped at 1 turn (the stopping rule would run 10)");
        assertThat(r.get("models").get(0).get("stopping_rule_turns").asInt()).isEqualTo(10);
        assertThat(o.err()).contains("note: smp: capped at 1 turn (the stopping rule would run 10)");
    }

    @Test
    void evaluateReproducesTheDeuDevelopmentFigures() throws Exception {
        String file = resource("deu3-dev.tsv");
        CliRun o = run("forecast", "--evaluate", file);
        assertThat(o.code()).isZero();
        // DeuAccuracyIT (parley-bench) on the same file: ktab-smp (defaults), eu all-pairs median, compromise,
        // weighted-median on the 116 issues KTAB can take, then the others on all 118
        assertThat(o.out()).isEqualTo(String.join(NL,
                file + ": 118 issues read, 116 scored (the issues every model can take)",
                "model            n      MAE    MedAE     hits",
                "smp            116    24.56    20.07    39.7%",
                "eu             116    28.16    20.00    32.8%",
                "compromise     116    22.50    16.74    42.2%",
                "median         116    24.85    15.00    33.6%",
                "smp cannot take 2 issues (too few actors with positive capability × salience)",
                "",
                "On all 118 issues, the models that take every issue:",
                "model            n      MAE    MedAE     hits",
                "eu             118    28.32    20.00    33.1%",
                "compromise     118    22.56    17.04    42.4%",
                "median         118    24.64    15.00    33.9%",
                "MAE, MedAE: mean and median absolute error on the 0-100 scale; hits: error below 10 points (50 on "
                        + "dichotomous issues)", ""));
        // the reader's notes (issues without an outcome) go to stderr; no progress line without a terminal
        assertThat(o.err()).contains("skipped: no outcome").doesNotContain("evaluating");
    }

    @Test
    void evaluateJsonAndCsvParse() throws Exception {
        String file = resource("deu3-dev.tsv");
        JsonNode r = JSON.readTree(run("forecast", "--evaluate", file, "--format", "json", "--model", "compromise").out());
        assertThat(r.get("cases").asInt()).isEqualTo(118);
        assertThat(r.get("scored").asInt()).isEqualTo(118);
        assertThat(r.get("scores").get(0).get("mean_absolute_error").asDouble()).isCloseTo(22.56, within(0.005));
        assertThat(r.has("all_cases")).isFalse();
        List<String> csv = run("forecast", "--evaluate", file, "--format", "csv").lines();
        assertThat(csv).hasSize(1 + 4 + 3);
        assertThat(csv.get(0)).isEqualTo("cases,model,n,not_applicable,mean_absolute_error,median_absolute_error,hit_rate");
        String[] smp = csv.get(1).split(",");
        assertThat(smp[0]).isEqualTo("common");
        assertThat(smp[1]).isEqualTo("smp");
        assertThat(smp[3]).isEqualTo("2");
        assertThat(printed(Double.parseDouble(smp[4]), 2)).isEqualTo(24.56);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "bad.csv|Actor,Capability,Position,Salience\\nA,1,4,0.5\\nB,x,5,0.5\\n|:3:3: capability of 'B' 'x' is not a number (a number >= 0)",
        "bad-ktab.csv|S,d,3,1\\nActor,Description,Power,P1,S1\\nA,a,10,50,100\\nB,b,10,150,100\\nC,c,1,20,50\\n|:4:8: position of actor 'B' on 'P1' 150 is out of range (a number from 0 to 100)",
        "bad.xml|<Scenario><name>x</name></Scenario>|:1:11: <Scenario> has no <desc> (exactly one <desc> inside <Scenario>)",
        "notes.txt|hello|: cannot tell the kind of file from its name (use .yaml, .yml or .json for a scenario, .csv for KTAB or BDM CSV, .xml for KTAB XML, .tsv for DEU data with --evaluate)",
        "data.tsv|isnr\\tout\\n|: is DEU data, which has outcomes to score forecasts against (run: parley forecast --evaluate ",
    })
    void invalidFilesGiveOneLocatedLineAndExitTwo(String name, String content, String message) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content.replace("\\n", "\n").replace("\\t", "\t"), StandardCharsets.UTF_8);
        CliRun o = run("forecast", file.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.out()).isEmpty();
        assertThat(o.err()).startsWith(file + message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(o.err().strip().lines()).hasSize(1);
    }

    @Test
    void badArgumentsAndFilesExitTwoWithoutAStackTrace() throws Exception {
        String csv = resource("ExampleActors.csv");
        List<CliRun> outcomes = new ArrayList<>();
        outcomes.add(run("forecast", dir.resolve("nope.csv").toString()));
        outcomes.add(run("forecast", dir.toString()));
        outcomes.add(run("forecast", "--model", "smx", csv));
        outcomes.add(run("forecast", "--rounds", "0", csv));
        outcomes.add(run("forecast", "--format", "xml", csv));
        outcomes.add(run("forecast", "--rounds", "many", csv));
        outcomes.add(run("forecast", "--evaluate", csv));
        outcomes.add(run("forecast", Path.of("..", "scenarios", "tutorial.yaml").toString()));
        outcomes.add(run("forecast"));
        for (CliRun o : outcomes) {
            assertThat(o.code()).as(o.err()).isEqualTo(2);
            assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(outcomes.get(0).err()).isEqualTo(dir.resolve("nope.csv") + ": no such file (check the path)" + NL);
        assertThat(outcomes.get(1).err()).startsWith(dir + ": is a directory, not a forecast input file");
        assertThat(outcomes.get(2).err()).isEqualTo("parley: --model 'smx' is not one of smp, eu, compromise, "
                + "median, all" + NL);
        assertThat(outcomes.get(3).err()).startsWith("parley: --rounds 0 is not a positive number of rounds");
        assertThat(outcomes.get(4).err()).startsWith("parley: --format 'xml' is not one of text, json, csv");
        assertThat(outcomes.get(6).err()).isEqualTo(csv + ":1: header has no 'isnr' column (the DEU III columns, "
                + "including isnr (issue) and out (outcome))" + NL);
        assertThat(outcomes.get(7).err()).contains("scenario tutorial has no actor with both a capability and "
                + "preferences");
    }

    @Test
    void invalidScenarioGivesItsLocatedDiagnostics() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "scenario: {id: x}\n");
        CliRun o = run("forecast", file.toString());
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err()).contains(file + ":1:1: missing required key 'actors'").doesNotContain("Exception");
    }

    @Test
    void runAddsTheForecastSectionWhenActorsHaveCapabilities() throws Exception {
        CliRun flagship = run("run", Path.of("..", "scenarios", "ukraine-2025.yaml").toString(), "--draws", "0", "--out",
                dir.toString());
        assertThat(flagship.code()).isZero();
        assertThat(flagship.out()).contains("analyses: scenario validation; actors, issues and factors; bargaining "
                + "space at month 0; ripeness month by month; negotiation simulation; durability of the agreement; "
                + "multi-actor forecast; "
                + "assumptions and sources");
        JsonNode results = JSON.readTree(dir.resolve("ukraine-2025/results.json").toFile());
        JsonNode forecast = results.get("sections").get("forecast");
        assertThat(forecast.get("issues").get(0).get("forecasts").get("compromise").asDouble())
                .isCloseTo(36.0, within(1e-9));
        String html = Files.readString(dir.resolve("ukraine-2025/report.html"));
        assertThat(html).contains("<section id=\"forecast\">").contains("<svg ");
        CliRun tutorial = run("run", Path.of("..", "scenarios", "tutorial.yaml").toString(), "--draws", "0",
                "--out", dir.toString());
        assertThat(tutorial.code()).isZero();
        assertThat(JSON.readTree(dir.resolve("tutorial/results.json").toFile()).get("sections").has("forecast"))
                .isFalse();
    }

    @Test
    void progressLineWritesOnlyWhenEnabled() {
        StringWriter shown = new StringWriter();
        ProgressLine on = new ProgressLine(new PrintWriter(shown), true, "evaluating", 4);
        for (int i = 0; i < 4; i++) {
            on.step();
        }
        on.finish();
        assertThat(shown.toString()).startsWith("\revaluating: 1/4 (25 %)\revaluating: 2/4 (50 %)")
                .contains("\revaluating: 4/4 (100 %)").endsWith("\r");
        StringWriter silent = new StringWriter();
        ProgressLine off = new ProgressLine(new PrintWriter(silent), false, "evaluating", 4);
        off.step();
        off.finish();
        assertThat(silent.toString()).isEmpty();
        assertThat(off.done()).isEqualTo(1);
    }

    @Test
    void aModelOutsideItsDomainIsShownAsNotApplicable() throws Exception {
        Path file = dir.resolve("two.csv");
        Files.writeString(file, "Actor,Capability,Position,Salience\nA,1,20,1\nB,3,60,1\n");
        CliRun o = run("forecast", file.toString(), "--model", "smp,compromise,median");
        assertThat(o.code()).isZero();
        // compromise (20 + 180)/4 = 50; median: B carries 3 of 4 -> 60
        assertThat(o.lines()).contains(
                "  smp        KTAB Spatial Model of Politics; not applicable: KTAB's SMP needs 3 to 250 actors (got 2)",
                "  smp                n/a",
                "  compromise       50.00      -",
                "  median           60.00      -",
                "  spread           10.00  (50.00 to 60.00)");
        CliRun csv = run("forecast", file.toString(), "--model", "smp,compromise", "--format", "csv");
        assertThat(csv.lines()).containsExactly("issue,model,forecast,lowest,highest,spread,rounds,A,B",
                "Position,start,,,,,0,20.0,60.0", "Position,compromise,50.0,50.0,50.0,0.0,,,");
        assertThat(csv.err()).contains(file + ": note: smp not applicable: KTAB's SMP needs 3 to 250 actors (got 2)");
    }

    @Test
    void bdmHeaderIsRecognisedInAnyOrderAndCase() {
        assertThat(ForecastInput.isBdmHeader("\uFEFFActor,Capability,Position,Salience")).isTrue();
        assertThat(ForecastInput.isBdmHeader("\"salience\", POSITION ,actor,capability,extra")).isTrue();
        assertThat(ForecastInput.isBdmHeader("DummyData_3Dim ,\"Dummy scenario\",7,3,")).isFalse();
    }

    @Test
    void textThatIsNotUtf8IsBadInput() throws Exception {
        for (String name : List.of("latin.csv", "latin.xml", "latin.tsv")) {
            Path file = dir.resolve(name);
            Files.write(file, new byte[] {'S', ',', 'd', (byte) 0xE9, ',', '3', '\n'});
            CliRun o = name.endsWith(".tsv") ? run("forecast", "--evaluate", file.toString())
                    : run("forecast", file.toString());
            assertThat(o.code()).isEqualTo(2);
            assertThat(o.err()).startsWith(file.toString()).contains("is not UTF-8 text (save it as UTF-8 text)")
                    .doesNotContain("Exception");
        }
    }
}
