package dev.parley.engine.forecast;

import dev.parley.engine.forecast.ExpectedUtilityModel.Move;
import dev.parley.engine.forecast.ExpectedUtilityModel.OfferType;
import dev.parley.engine.forecast.ExpectedUtilityModel.Round;
import dev.parley.engine.forecast.ExpectedUtilityModel.Run;
import dev.parley.engine.forecast.ExpectedUtilityOptions.CapitulationRule;
import dev.parley.engine.forecast.ExpectedUtilityOptions.ProbabilityDenominator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

/**
 * Golden test against {@code dmasad/bdm-scholz-expected-utility-model:Example.log} (Scholz's EC emission
 * standards example, 10 rounds), plus closed-form checks of the printed equations.
 */
class ExpectedUtilityModelTest {

    static final double REL = 1e-9;

    record LoggedMove(String actor, OfferType type, String other, double eu, double otherEu, double newPos) {
    }

    record LoggedRound(List<LoggedMove> moves, double mean) {
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ExpectedUtilityModelTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Actor names, capability, salience, position from ExampleActors.csv (Actor,Capability,Position,Salience). */
    static List<String[]> actors() throws IOException {
        List<String[]> rows = new ArrayList<>();
        String[] lines = resource("/bdm/ExampleActors.csv").split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            rows.add(lines[i].split(","));
        }
        return rows;
    }

    static List<LoggedRound> loggedRounds(String log) {
        Pattern move = Pattern.compile("(\\w+) (compromises with|loses confrontation to|capitulates to) (\\w+)\\n"
                + "\\t(\\S+) vs (\\S+)\\n\\tnew_pos = (\\S+)");
        List<LoggedRound> rounds = new ArrayList<>();
        String[] parts = log.split("ROUND \\d+\\n");
        for (int p = 1; p < parts.length; p++) {
            List<LoggedMove> moves = new ArrayList<>();
            Matcher m = move.matcher(parts[p]);
            while (m.find()) {
                OfferType t = switch (m.group(2)) {
                    case "compromises with" -> OfferType.COMPROMISE;
                    case "loses confrontation to" -> OfferType.CONFRONTATION;
                    default -> OfferType.CAPITULATION;
                };
                moves.add(new LoggedMove(m.group(1), t, m.group(3), Double.parseDouble(m.group(4)),
                        Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6))));
            }
            Matcher mean = Pattern.compile("Mean position: (\\S+)").matcher(parts[p]);
            assertThat(mean.find()).isTrue();
            rounds.add(new LoggedRound(moves, Double.parseDouble(mean.group(1))));
        }
        return rounds;
    }

    static Run runExample(ExpectedUtilityOptions options) throws IOException {
        List<String[]> rows = actors();
        int n = rows.size();
        double[] c = new double[n];
        double[] s = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = Double.parseDouble(rows.get(i)[1]);
            x[i] = Double.parseDouble(rows.get(i)[2]);
            s[i] = Double.parseDouble(rows.get(i)[3]);
        }
        return new ExpectedUtilityModel(options).run(c, s, x);
    }

    @ParameterizedTest
    @EnumSource(CapitulationRule.class)
    void reproducesExampleLogRoundByRound(CapitulationRule rule) throws IOException {
        String log = resource("/bdm/Example.log");
        List<String> names = actors().stream().map(r -> r[0]).toList();
        Run run = runExample(ExpectedUtilityOptions.defaults().withCapitulation(rule));

        Matcher m0 = Pattern.compile("Median position: (\\S+)\\nMean position: (\\S+)").matcher(log);
        assertThat(m0.find()).isTrue();
        assertThat(run.initialMedian()).isEqualTo(Double.parseDouble(m0.group(1)));
        assertThat(run.initialMean()).isCloseTo(Double.parseDouble(m0.group(2)), within(1e-12));

        List<LoggedRound> expected = loggedRounds(log);
        assertThat(expected).hasSize(10);
        assertThat(run.rounds()).hasSize(10);
        for (int r = 0; r < 10; r++) {
            Round got = run.rounds().get(r);
            LoggedRound want = expected.get(r);
            assertThat(got.moves()).as("round %d moves", r + 1).hasSize(want.moves().size());
            for (int k = 0; k < want.moves().size(); k++) {
                Move g = got.moves().get(k);
                LoggedMove w = want.moves().get(k);
                String what = "round " + (r + 1) + " move " + k;
                assertThat(names.get(g.actor())).as(what).isEqualTo(w.actor());
                assertThat(names.get(g.proposer())).as(what).isEqualTo(w.other());
                assertThat(g.type()).as(what).isEqualTo(w.type());
                assertThat(g.euActor()).as(what).isCloseTo(w.eu(), within(REL * Math.abs(w.eu())));
                assertThat(g.euProposer()).as(what).isCloseTo(w.otherEu(), within(REL * Math.abs(w.otherEu())));
                assertThat(g.newPosition()).as(what).isCloseTo(w.newPos(), within(1e-12 * w.newPos()));
            }
            assertThat(got.mean()).as("round %d mean", r + 1).isCloseTo(want.mean(), within(1e-12));
        }
    }

    @Test
    void roundOneRiskExponentsMatchTheReferenceNotes() throws IOException {
        // forecast-models.md §3.2: round-1 r of NL BE LU DE FR IT UK IE DK GR
        double[] want = {1.4057, 0.7542, 0.5089, 1.4057, 1.0465, 1.0465, 1.9649, 0.5000, 2.0000, 1.1121};
        double[] got = runExample(ExpectedUtilityOptions.defaults()).rounds().get(0).riskExponents();
        for (int i = 0; i < want.length; i++) {
            assertThat(got[i]).as("actor %d", i).isCloseTo(want[i], offset(5e-5));
        }
    }

    @Test
    void onlyBelgiumLuxembourgAndIrelandEverMove() throws IOException {
        Run run = runExample(ExpectedUtilityOptions.defaults());
        double[] last = run.finalPositions();
        assertThat(last[1]).isCloseTo(4.2915, offset(5e-5));
        assertThat(last[2]).isCloseTo(4.1448, offset(5e-5));
        assertThat(last[7]).isCloseTo(4.1448, offset(5e-5));
        double[] first = run.initialPositions();
        for (int i : new int[] {0, 3, 4, 5, 6, 8, 9}) {
            assertThat(last[i]).isEqualTo(first[i]);
        }
    }

    @Test
    void twoActorRiskExponentsFollowTheClosedForm() {
        // Actors at 0 and 10 (R = 10), c = (.10, .05), s = (1, 1), r = 1 while dangers are computed.
        // Pair denominator: P(0 beats 10) = c0 s0 / (c0 s0 + c1 s1) = 2/3, P(10 beats 0) = 1/3.
        // At full distance U_s = 2 - 4*0^1 = 2, U_f = 2 - 4*1 = -2, U_sq = 0, and s = 1, so E = 2P - 2(1 - P) = 4P - 2.
        // danger_0 = E(1 challenges 0) = 4/3 - 2 = -2/3; danger_1 = E(0 challenges 1) = 8/3 - 2 = 2/3.
        // R_0 = (2(-2/3) - 2/3 + 2/3)/(4/3) = -1 -> r_0 = (1 + 1/3)/(1 - 1/3) = 2; R_1 = +1 -> r_1 = 1/2.
        ExpectedUtilityModel model = new ExpectedUtilityModel(
                ExpectedUtilityOptions.defaults().withDenominator(ProbabilityDenominator.PAIR).withRounds(1, 0));
        Run run = model.run(new double[] {0.10, 0.05}, new double[] {1.0, 1.0}, new double[] {0, 10});
        Round round = run.rounds().get(0);
        assertThat(round.riskExponents()[0]).isCloseTo(2.0, within(1e-12));
        assertThat(round.riskExponents()[1]).isCloseTo(0.5, within(1e-12));
    }

    /** Seeded random issues: every accepted offer obeys the printed quadrant rules of Scholz et al. */
    @ParameterizedTest
    @EnumSource(CapitulationRule.class)
    void everyMoveObeysTheQuadrantRules(CapitulationRule rule) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(20111004L);
        int capitulations = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 3 + rng.nextInt(8);
            double[] c = new double[n];
            double[] s = new double[n];
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                c[i] = rng.nextDouble(0.01, 1);
                s[i] = rng.nextDouble(0.05, 1);
                x[i] = rng.nextInt(0, 11) * 10;
            }
            ExpectedUtilityOptions o = ExpectedUtilityOptions.defaults().withCapitulation(rule)
                    .withDenominator(trial % 2 == 0 ? ProbabilityDenominator.PAIR : ProbabilityDenominator.ALL_PAIRS)
                    .withRounds(3, 0);
            Run run = new ExpectedUtilityModel(o).run(c, s, x);
            double[] before = x.clone();
            for (Round round : run.rounds()) {
                for (Move m : round.moves()) {
                    double eij = m.euActor();
                    double eji = m.euProposer();
                    double xi = before[m.actor()];
                    double xj = before[m.proposer()];
                    switch (m.type()) {
                        case CONFRONTATION -> {
                            assertThat(eji > eij && eij > 0).isTrue();
                            assertThat(m.newPosition()).isEqualTo(xj);
                        }
                        case COMPROMISE -> {
                            assertThat(eji > 0 && eij < 0 && eji > Math.abs(eij)).isTrue();
                            assertThat(m.newPosition()).isCloseTo(xi + (xj - xi) * Math.abs(eij / eji),
                                    within(1e-12));
                        }
                        case CAPITULATION -> {
                            capitulations++;
                            assertThat(eji > 0 && eij < 0 && eji < Math.abs(eij)).isTrue();
                            assertThat(m.newPosition()).isEqualTo(xj);
                        }
                    }
                }
                before = round.positions();
            }
        }
        if (rule == CapitulationRule.AS_CODED) {
            assertThat(capitulations).isZero();
        } else {
            assertThat(capitulations).isPositive();
        }
    }

    @Test
    void qAndEftekhariTFollowTheClosedForm() {
        // A at 0 and B at 10 (R = 10), equal c and s = 1, Q = 0.5, T by Eftekhari's rule, pair denominator.
        // P = 1/2 both ways at any r. The median is 0 (tie: 10 never gets strictly more votes).
        // Dangers at r = 1: E^A(B chall. A) = -(1-Q) U_w = +1 (T = 0, shift 0.5, U_w = -2);
        //                   E^B(A chall. B) = -(1-Q) U_b = -0.5 (T = 1, shift 0.25, U_b = 1).
        // So R_A = +1, r_A = 1/2; R_B = -1, r_B = 2.
        // A's view (r = 1/2): U_sq = 2 - 4/sqrt(2); E_AB = -Q U_sq - (1-Q) U_b(=0) = sqrt(2) - 1;
        //                     E_BA = -Q U_sq - (1-Q) U_w(=-2) = sqrt(2): confrontation, A moves to 10.
        // B's view (r = 2): E_BA = 0.5 > 0 > E_AB = -1.375: no offer.
        ExpectedUtilityOptions o = ExpectedUtilityOptions.defaults().withDenominator(ProbabilityDenominator.PAIR)
                .withQ(0.5, ExpectedUtilityOptions.ImprovementRule.EFTEKHARI, 0.5).withRounds(1, 0);
        Run run = new ExpectedUtilityModel(o).run(new double[] {1, 1}, new double[] {1, 1}, new double[] {0, 10});
        Round r1 = run.rounds().get(0);
        assertThat(r1.riskExponents()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(r1.riskExponents()[1]).isCloseTo(2.0, within(1e-12));
        assertThat(r1.moves()).hasSize(1);
        Move m = r1.moves().get(0);
        assertThat(m.actor()).isZero();
        assertThat(m.type()).isEqualTo(OfferType.CONFRONTATION);
        assertThat(m.euActor()).isCloseTo(Math.sqrt(2) - 1, within(1e-12));
        assertThat(m.euProposer()).isCloseTo(Math.sqrt(2), within(1e-12));
        assertThat(r1.positions()).containsExactly(10.0, 10.0);
    }

    @Test
    void convergenceRuleStopsEarly() throws IOException {
        // Example.log: round 1 moves BE 7 -> 8.416, LU 4 -> 7, IE 7 -> 4 (largest move 3); round 2 moves IE 4 -> 7
        // (3 again); round 3 moves at most 1.416 (IE 7 -> 8.416). A tolerance of 3 stops after round 1; 2.99
        // after round 3.
        Run run = runExample(ExpectedUtilityOptions.defaults().withRounds(10, 3.0));
        assertThat(run.rounds()).hasSize(1);
        assertThat(runExample(ExpectedUtilityOptions.defaults().withRounds(10, 2.99)).rounds()).hasSize(3);
    }

    @Test
    void allPositionsEqualMeansNoMove() {
        Run run = new ExpectedUtilityModel().run(new double[] {1, 2, 3}, new double[] {.5, .5, .5},
                new double[] {50, 50, 50});
        assertThat(run.rounds()).isEmpty();
        assertThat(new ExpectedUtilityModel().forecast(
                new dev.parley.model.forecast.ForecastProblem("p", "", List.of(
                        new dev.parley.model.forecast.ForecastDimension("d", 0, 100)), List.of(
                        dev.parley.model.forecast.ForecastActor.of("a", 1, 50, .5),
                        dev.parley.model.forecast.ForecastActor.of("b", 1, 50, .5)))))
                .containsExactly(50.0);
    }
}
