package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.pipeline.EscalationComparison.Result;
import dev.parley.engine.pipeline.EscalationComparison.Settings;
import dev.parley.engine.pipeline.EscalationComparison.TalksStart;
import dev.parley.engine.pipeline.ScenarioEscalation.Channel;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No escalation" against "escalate for leverage" on the flagship (issue 5): as written, with Russia conceding
 * (where the model shows the opposite of the seed text's claim), and with a counterfactual ladder under which
 * escalation lowers the chance of agreement — so the model can show either result, and which one it shows follows
 * from the scenario's numbers. The first three tests open every draw's talks in month 0 ({@link TalksStart#MONTH0},
 * the comparison as it was before it had a start month: their numbers are unchanged); the others use the default,
 * talks from each draw's first ripe month.
 */
class EscalationComparisonIT {

    private static final Path FLAGSHIP = Path.of("..", "scenarios", "ukraine-2025.yaml");
    /** z of a two-sided 90% interval, Φ⁻¹(0.95). */
    private static final double Z = 1.6448536269514722;

    private static Scenario central(Path file) {
        var loaded = ScenarioReader.read(file);
        return loaded.parameters().centralCase(loaded.scenario());
    }

    @Test
    void asWrittenNoDrawAgreesInEitherArm() {
        Result r = EscalationComparison.run(central(FLAGSHIP), Settings.of(16, 20250120L).withThreads(2)
                .withTalksFrom(TalksStart.MONTH0));
        assertThat(r.deciders()).containsExactly("US", "RU", "UA");
        assertThat(r.escalators()).containsEntry("US", "escalate-naive/boulware");
        assertThat(r.none().agreements()).isZero();
        assertThat(r.escalate().agreements()).isZero();
        // Wilson's upper bound at 0 of n is z²/(n + z²)
        assertThat(r.none().interval()[1]).isCloseTo(Z * Z / (16 + Z * Z), within(1e-9));
        assertThat(r.none().interval()[0]).isZero();
        // the naive US climbs in every draw: the rung alone (front drift +0.001 towards Ukraine, costs on Russia)
        // raises its W; the counter-move comes with probability 0.9
        assertThat(r.escalate().escalated()).isEqualTo(16);
        assertThat(r.escalate().rungs()).isEqualTo(16);
        assertThat(r.escalate().countered()).isBetween(11, 16); // Binomial(16, 0.9): P(X ≤ 10) < 0.005
        assertThat(r.none().escalated()).isZero();
        // weighed at p = 0.9 the climb lowers the US's W: the counter-move's drift −0.0015 outweighs +0.001 and adds
        // 0.005 a month to US costs
        assertThat(r.escalate().meanReckonedGain()).isNegative();
        assertThat(r.escalate().meanNoDealChange()[0]).isNegative();
        assertThat(r.channels()).isEmpty(); // nothing to attribute
        assertThat(r.verdict()).startsWith("Under the scenario's assumptions escalation leaves the chance of agreement"
                + " unchanged at 0.0% (0 of 16 draws in both arms) (talks open in month 0 in every draw)")
                .contains("no draw reaches agreement in either arm").contains("would not climb")
                .contains("RU boulware");
    }

    @Test
    void withRussiaConcedingEscalationRaisesTheChanceTheOppositeOfTheSeedsClaim() {
        Result r = EscalationComparison.run(central(FLAGSHIP),
                Settings.of(12, 20250120L).withThreads(2).withStrategy("RU", "linear").withTalksFrom(TalksStart.MONTH0));
        assertThat(r.escalate().agreements()).isGreaterThan(r.none().agreements());
        assertThat(r.difference()).isPositive();
        // the US stays at the table: the counter-move's costs (US +0.005, UA +0.01 a month) lower the values of
        // fighting on of Washington and Kyiv, so Washington's best deal beats fighting on more often
        assertThat(r.escalate().walkOuts()[0]).isLessThan(r.none().walkOuts()[0]);
        assertThat(r.escalate().meanNoDealChange()[0]).isNegative();
        assertThat(r.escalate().meanNoDealChange()[2]).isNegative();
        assertThat(r.channels().keySet()).containsExactly(Channel.TRUST, Channel.DRIFT, Channel.COSTS); // fixed order
        // trust is already so low (RU→US 0.12) that its fall leaves every promise nearly worthless anyway
        assertThat(r.channels().get(Channel.TRUST).agreements()).isEqualTo(r.none().agreements());
        // the counter-move's drift (net −0.0005 a month, Russia's way) and its costs each lower the US's W alone
        assertThat(r.channels().get(Channel.DRIFT).agreements()).isGreaterThan(r.none().agreements());
        assertThat(r.channels().get(Channel.COSTS).agreements()).isGreaterThan(r.none().agreements());
        assertThat(r.channels().get(Channel.DRIFT).meanNoDealChange()[0]).isNegative();
        assertThat(r.channels().get(Channel.COSTS).meanNoDealChange()[0]).isNegative();
        assertThat(r.verdict()).contains("escalation raises the chance of agreement from")
                .contains("the costs of fighting it adds open the way")
                .contains("the change of the front's drift (the rung's and the counter-move's) opens the way")
                .contains("the other channels alone give trust");
        assertThat(r.escalate().medianMonth()).isBetween(0.0, 36.0);
    }

    @Test
    void aStrongUnansweredRungLowersTheChanceSoTheModelCanShowEither(@TempDir Path dir) throws IOException {
        // counterfactual ladder: long-range systems shift the front four times as much (+0.004 a month towards
        // Ukraine) and Russia never answers (counter probability 0)
        String yaml = Files.readString(FLAGSHIP);
        String rung = "      effects:\n        front.drift_per_month: 0.001\n        costs.RU.per_month: 0.005";
        assertThat(yaml).contains(rung);
        Path file = dir.resolve("strong-rung.yaml");
        Files.writeString(file, yaml.replace(rung, rung.replace("0.001", "0.004")));
        Scenario s = central(file);
        ParameterTable t = ParameterTable.of(s);
        double[] v = t.values();
        v[t.indexOf("escalation_ladder.long-range-systems.counter.probability")] = 0.0;
        s = t.applyTo(s, v);
        Result r = EscalationComparison.run(s, Settings.of(12, 20250120L).withThreads(2).withStrategy("RU", "linear")
                .withTalksFrom(TalksStart.MONTH0));
        assertThat(r.escalate().countered()).isZero();
        assertThat(r.escalate().agreements()).isLessThan(r.none().agreements());
        // the front now moves Ukraine's way: Kyiv's and Washington's W rise, Moscow's falls
        assertThat(r.escalate().meanNoDealChange()[0]).isPositive();
        assertThat(r.escalate().meanNoDealChange()[1]).isNegative();
        assertThat(r.escalate().meanNoDealChange()[2]).isPositive();
        assertThat(r.escalate().meanReckonedGain()).isPositive(); // a reckoning US would climb too
        assertThat(r.verdict()).contains("escalation lowers the chance of agreement from")
                .contains("would climb too");
    }

    @Test
    void asWrittenFromTheFirstRipeMonthEveryDrawHasTalksButKyivVetoesEveryDeal() {
        Result r = EscalationComparison.run(central(FLAGSHIP), Settings.of(40, 20250120L).withThreads(2));
        assertThat(r.settings().talksFrom()).isEqualTo(TalksStart.RIPE); // the default
        // every draw ripens within the horizon (the central case in month 30; the drawn factors keep a ripe month)
        assertThat(r.none().noTalks()).isZero();
        assertThat(r.escalate().noTalks()).isZero();
        assertThat(r.none().talks()).isEqualTo(40);
        // yet no draw agrees in either arm: the two Boulwares converge on deals Washington and Moscow accept but
        // Kyiv, the ratifier, vetoes (its utility below its W; NegotiationStageIT shows it for the central case)
        assertThat(r.none().agreements()).isZero();
        assertThat(r.escalate().agreements()).isZero();
        assertThat(r.none().probabilityAmongTalks()).isZero();
        assertThat(r.none().deadlines()).isEqualTo(38);
        assertThat(r.none().walkOuts()).containsExactly(2, 0, 0);
        assertThat(r.escalate().deadlines()).isEqualTo(40);
        assertThat(r.escalate().rungs()).isEqualTo(40);
        assertThat(r.escalate().countered()).isEqualTo(35); // Binomial(40, 0.9) has mean 36
        assertThat(r.verdict()).contains("talks open at each draw's first ripe month; 0 of 40 draws never ripen")
                .contains("among the 40 with talks, 0.0% without escalation and 0.0% with it");
    }

    @Test
    void withRussiaConcedingFromTheFirstRipeMonthNearlyEveryDrawAgreesWithOrWithoutEscalation() {
        Result r = EscalationComparison.run(central(FLAGSHIP),
                Settings.of(12, 20250120L).withThreads(2).withStrategy("RU", "linear"));
        // talks open around month 30; a linear Russia meets Washington within a few months, inside Kyiv's W, so 11
        // of 12 draws sign before the horizon (month 36) and one signs after it, in both arms alike: the naive US
        // climbs in every draw (11 countered), and the W changes it brings (US −0.003, UA −0.007) leave the count
        // of agreements where it was
        assertThat(r.none().agreements()).isEqualTo(11);
        assertThat(r.escalate().agreements()).isEqualTo(11);
        assertThat(r.none().lateAgreements()).isEqualTo(1);
        assertThat(r.escalate().lateAgreements()).isEqualTo(1);
        assertThat(r.none().probabilityAmongTalks()).isEqualTo(11 / 12.0);
        assertThat(r.none().medianMonth()).isEqualTo(31.0);
        assertThat(r.escalate().medianMonth()).isEqualTo(31.0);
        assertThat(r.escalate().countered()).isEqualTo(11);
        assertThat(r.channels()).isEmpty();
        assertThat(r.verdict()).startsWith("Under the scenario's assumptions escalation leaves the chance of agreement"
                + " unchanged at 91.7% (11 of 12 draws in both arms)");
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        Scenario s = central(FLAGSHIP);
        Result one = EscalationComparison.run(s, Settings.of(4, 7L).withStrategy("RU", "linear"));
        Result two = EscalationComparison.run(s, Settings.of(4, 7L).withStrategy("RU", "linear").withThreads(2));
        assertThat(two.verdict()).isEqualTo(one.verdict());
        assertThat(two.none().toString()).isEqualTo(one.none().toString());
        assertThat(two.escalate().meanNoDealChange()).containsExactly(one.escalate().meanNoDealChange());
        assertThat(two.escalate().meanUtilities()).containsExactly(one.escalate().meanUtilities());
    }

    @Test
    void badSettingsAreRefusedWithTheValidValues() {
        assertThatThrownBy(() -> Settings.of(0, 1)).hasMessageContaining("seeds = 0");
        assertThatThrownBy(() -> Settings.of(1, 1).withEscalation("escalate")).hasMessageContaining(
                "escalate-naive");
        assertThatThrownBy(() -> EscalationComparison.run(central(FLAGSHIP), Settings.of(1, 1)
                .withStrategy("UA", "linear"))).hasMessageContaining("not a party at the table");
    }
}
