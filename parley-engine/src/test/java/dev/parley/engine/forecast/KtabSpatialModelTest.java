package dev.parley.engine.forecast;

import dev.parley.model.forecast.ForecastActor;
import dev.parley.model.forecast.ForecastDimension;
import dev.parley.model.forecast.ForecastProblem;
import dev.parley.model.forecast.KtabParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Golden test: KTAB {@code smpc} 0.1 on {@code dummyData_3Dim.csv} ({@code 20170530_ref-dummyData_3Dim.txt}),
 * every turn: each number we compute, rounded as KTAB's printf rounds it, must equal the number in the log
 * (positions to 0.1 on the 0–100 scale, probabilities and fractional changes to 1e-4, risk attitudes to 1e-3).
 */
class KtabSpatialModelTest {

    static String log;
    static ForecastProblem dummy3;
    static KtabRun run;

    /**
     * The value as C's printf("%.Nf") prints it: the exact binary value rounded (glibc rounds the exact value;
     * Java's String.format would round the shortest decimal representation instead, e.g. 78.55 for
     * 78.5499999999999971…, and print 78.6 where KTAB printed 78.5).
     */
    static double printed(double value, int decimals) {
        return new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = KtabSpatialModelTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Minimal reading of the KTAB CSV for this engine test (the real reader lives in parley-io). */
    static ForecastProblem readDummy3() throws IOException {
        String[] lines = resource("/ktab/dummyData_3Dim.csv").split("\r?\n");
        List<ForecastActor> actors = new ArrayList<>();
        for (int l = 2; l < lines.length; l++) {
            String[] f = lines[l].split(",");
            double[] p = new double[3];
            double[] s = new double[3];
            for (int d = 0; d < 3; d++) {
                p[d] = Double.parseDouble(f[3 + 2 * d].trim());
                s[d] = Double.parseDouble(f[4 + 2 * d].trim()) / 100.0;
            }
            actors.add(new ForecastActor(f[0].trim(), f[1].trim(), Double.parseDouble(f[2].trim()), p, s));
        }
        List<ForecastDimension> dims = List.of(new ForecastDimension("Pstn1", 0, 100),
                new ForecastDimension("Pstn2", 0, 100), new ForecastDimension("Pstn3", 0, 100));
        return new ForecastProblem("DummyData_3Dim", "", dims, actors);
    }

    @BeforeAll
    static void runReference() throws IOException {
        log = resource("/ktab/20170530_ref-dummyData_3Dim.txt");
        dummy3 = readDummy3();
        run = new KtabSpatialModel().run(dummy3);
    }

    @Test
    void elevenStatesAsInTheReferenceRun() {
        assertThat(log).contains("There were 11 states, with 10 steps between them");
        assertThat(run.stateCount()).isEqualTo(11);
    }

    @Test
    void everyPositionOfEveryTurnMatchesToOneDecimal() {
        Pattern p = Pattern.compile("SActor-0(\\d), Pstn(\\d):((?:\\s+\\d+\\.\\d)+)");
        Matcher m = p.matcher(log);
        int rows = 0;
        while (m.find()) {
            int actor = Integer.parseInt(m.group(1));
            int dim = Integer.parseInt(m.group(2)) - 1;
            String[] values = m.group(3).trim().split("\\s+");
            assertThat(values).hasSize(11);
            for (int t = 0; t < values.length; t++) {
                double want = Double.parseDouble(values[t]);
                double got = run.states().get(t).positions()[actor][dim];
                assertThat(printed(got, 1)).as("actor %d dim %d turn %d: %s", actor, dim, t, got).isEqualTo(want);
            }
            rows++;
        }
        assertThat(rows).isEqualTo(21);
    }

    @Test
    void everyWinningProbabilityOfEveryTurnMatchesToFourDecimals() {
        Pattern p = Pattern.compile("SActor-0(\\d), prob :((?:\\s+\\d\\.\\d{4})+)");
        Matcher m = p.matcher(log);
        int rows = 0;
        while (m.find()) {
            int actor = Integer.parseInt(m.group(1));
            String[] values = m.group(2).trim().split("\\s+");
            assertThat(values).hasSize(11);
            for (int t = 0; t < values.length; t++) {
                double want = Double.parseDouble(values[t]);
                double got = run.states().get(t).winningProbabilities()[actor];
                assertThat(printed(got, 4)).as("actor %d turn %d: %s", actor, t, got).isEqualTo(want);
            }
            rows++;
        }
        assertThat(rows).isEqualTo(7);
    }

    @Test
    void fractionalChangesMatchKtabsOwnRegressionLines() {
        Matcher m = Pattern.compile("Fractional change compared to first step: (\\d\\.\\d{4})").matcher(log);
        List<Double> want = new ArrayList<>();
        while (m.find()) {
            want.add(Double.parseDouble(m.group(1)));
        }
        assertThat(want).hasSize(10);
        assertThat(run.fractionalChanges()).hasSize(10);
        for (int t = 0; t < want.size(); t++) {
            assertThat(printed(run.fractionalChanges().get(t), 4)).as("step %d", t + 1).isEqualTo(want.get(t));
        }
    }

    @Test
    void inferredRiskAttitudesOfEveryTurnMatch() {
        Matcher m = Pattern.compile("Inferred risk attitudes: \\n((?: [+-]\\d\\.\\d{3}  \\n){7})").matcher(log);
        int turn = 0;
        while (m.find()) {
            String[] values = m.group(1).trim().split("\\s+");
            for (int i = 0; i < 7; i++) {
                assertThat(printed(run.states().get(turn).riskAttitudes()[i], 3)).as("turn %d actor %d", turn, i)
                        .isEqualTo(Double.parseDouble(values[i]));
            }
            turn++;
        }
        assertThat(turn).isEqualTo(11); // turns 0..10, the last one logged before the history
    }

    @Test
    void everyChallengeTargetProbabilityAndGainMatch() {
        Pattern p = Pattern.compile("In turn (\\d+) actor (\\d) has most advantageous target (\\d) worth \\S+ *\\n"
                // KTAB 2017 printed from threads: other lines may come between, so skip lines up to i's own estimate
                + "(?:(?!Est by)[^\\n]*\\n)*?Est by +\\2 of prob (\\d\\.\\d{4}) that \\[ ?\\2> ?\\3], with expected gain "
                + "to +\\2 of ([+-]\\d\\.\\d{4})");
        Matcher m = p.matcher(log);
        int found = 0;
        while (m.find()) {
            int t = Integer.parseInt(m.group(1));
            int i = Integer.parseInt(m.group(2));
            KtabRun.Step step = run.steps().get(t);
            assertThat(step.targets()[i]).as("turn %d actor %d target", t, i).isEqualTo(Integer.parseInt(m.group(3)));
            assertThat(printed(step.probabilities()[i], 4)).as("turn %d actor %d P", t, i)
                    .isEqualTo(Double.parseDouble(m.group(4)));
            assertThat(printed(step.gains()[i], 4)).as("turn %d actor %d gain", t, i)
                    .isEqualTo(Double.parseDouble(m.group(5)));
            found++;
        }
        Matcher none = Pattern.compile("Actor (\\d) has no advantageous targets").matcher(log);
        int quiet = 0;
        while (none.find()) {
            quiet++;
        }
        int ours = 0;
        for (KtabRun.Step s : run.steps()) {
            for (int target : s.targets()) {
                ours += target < 0 ? 1 : 0;
            }
        }
        assertThat(found + quiet).isEqualTo(70);
        assertThat(ours).isEqualTo(quiet);
    }

    @Test
    void rejectsZeroSalienceAndTooFewActorsWithAHint() {
        ForecastDimension d = new ForecastDimension("d", 0, 100);
        ForecastProblem zero = new ForecastProblem("z", "", List.of(d), List.of(ForecastActor.of("a", 1, 10, 0.5),
                ForecastActor.of("b", 1, 20, 0.0), ForecastActor.of("c", 1, 30, 0.5)));
        assertThatThrownBy(() -> new KtabSpatialModel().run(zero)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b'").hasMessageContaining("total salience 0.0");
        ForecastProblem two = new ForecastProblem("z", "", List.of(d), List.of(ForecastActor.of("a", 1, 10, 0.5),
                ForecastActor.of("b", 1, 20, 0.5)));
        assertThatThrownBy(() -> new KtabSpatialModel().run(two)).hasMessageContaining("3 to 250 actors (got 2)");
        assertThatThrownBy(() -> new KtabSpatialModel(new KtabParameters(KtabParameters.VictoryProbModel.LINEAR,
                KtabParameters.VotingRule.PROPORTIONAL, KtabParameters.PceModel.CONDITIONAL,
                KtabParameters.StateTransitions.STOCHASTIC, KtabParameters.BigRRange.MID,
                KtabParameters.BigRAdjust.ONE_THIRD, KtabParameters.ThirdPartyCommit.SEMI_COMMIT,
                KtabParameters.InterVecBrgn.S2P2, KtabParameters.BargnModel.INIT_ONLY_INTERP)))
                .hasMessageContaining("Stochastic");
    }
}
