package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.engine.negotiate.EscalationStep;
import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.space.OutcomeSpace;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.EscalationRung;
import dev.parley.model.ParameterTable;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flagship's escalation ladder at the scenario level, checked against numbers worked out by hand from
 * scenarios/ukraine-2025.yaml and against {@link ScenarioConflict} run independently on the modified scenario.
 */
class ScenarioEscalationIT {

    private static final Scenario CENTRAL = central();
    private static final int[] ORDER = {0, 1, 2}; // US, RU, UA are parties, party, ratifier in scenario order
    private static final List<String> TABLE = List.of("US", "RU", "UA");

    private static Scenario central() {
        var loaded = ScenarioReader.read(Path.of("..", "scenarios", "ukraine-2025.yaml"));
        return loaded.parameters().centralCase(loaded.scenario());
    }

    private static ScenarioEscalation conflict(long seed, boolean sampled) {
        return new ScenarioEscalation(CENTRAL, ORDER, 2, sampled, seed, EnumSet.allOf(ScenarioEscalation.Channel.class));
    }

    @Test
    void onlyTheUsRungIsOnTheTableWithItsCounterMoveAtSevenPlusTwoTenths() {
        List<EscalationStep> ladder = conflict(1, false).ladder(TABLE);
        // nato-contingents is by EU, a stakeholder: nobody at the table takes it
        assertThat(ladder).hasSize(1);
        EscalationStep s = ladder.get(0);
        assertThat(s.id()).isEqualTo("long-range-systems");
        assertThat(s.party()).isZero();
        assertThat(s.driftChange()).isCloseTo(0.001, within(1e-15));
        // counter.probability 0.7 + factor ru-counters-escalation (active) 0.2
        assertThat(s.counterProbability()).isCloseTo(0.9, within(1e-12));
        assertThat(s.counterDriftChange()).isCloseTo(-0.0015, within(1e-15));
    }

    @Test
    void theRungsTrustEffectLowersWhatLiftedSanctionsAreWorthToRussia() {
        ScenarioEscalation c = conflict(1, false);
        NegotiationDomain before = c.domain();
        c.escalate(0, c.ladder(TABLE).get(0));
        ScenarioEscalation.Step step = c.steps().get(0);
        // trust.RU.US 0.15 × 0.8 (factor trust-deficit) = 0.12, × 0.8 (the rung) = 0.096
        assertThat(step.trustChanges()).contains("RU→US 0.1200 → 0.09600");
        NegotiationDomain after = c.domain();
        assertThat(after).isNotSameAs(before);
        // two outcomes that differ only in sanctions, lifted vs kept: RU's U^e differs by
        // w · credibility · trust · (v(lifted) − v(kept)) = 0.10 · (0.3 · 0.5 empty-chips) · trust · (1.0 − 0.3)
        OutcomeSpace space = before.space();
        int k = issue(space, "sanctions");
        int[] choice = new int[space.issueCount()];
        choice[k] = space.optionIndex(k, "lifted");
        int lifted = (int) space.encode(choice);
        choice[k] = space.optionIndex(k, "kept");
        int kept = (int) space.encode(choice);
        assertThat(before.utility(1, lifted) - before.utility(1, kept)).isCloseTo(0.10 * 0.15 * 0.12 * 0.7,
                within(1e-12));
        assertThat(after.utility(1, lifted) - after.utility(1, kept)).isCloseTo(0.10 * 0.15 * 0.096 * 0.7,
                within(1e-12));
        // the US's utilities do not depend on trust in the US
        assertThat(after.utility(0, lifted)).isEqualTo(before.utility(0, lifted));
    }

    @Test
    void wFromTheRungsMonthOnIsTheModifiedScenariosConflictAndEarlierMonthsStay() {
        ScenarioEscalation c = conflict(11, true);
        double[][] before = c.noDealTable();
        int month = 3;
        boolean countered = c.escalate(month, c.ladder(TABLE).get(0));
        double[] front = c.frontPath();
        // the modified scenario built here by hand: rung (and counter-move) effects, believed drifts shifted alike
        ParameterTable t = ParameterTable.of(CENTRAL);
        double[] v = t.values();
        EscalationRung rung = CENTRAL.conflict().get().escalationLadder().get(0);
        double dDrift = 0.001 + (countered ? -0.0015 : 0.0);
        t.apply(rung.effects(), v);
        if (countered) {
            t.apply(rung.counter().get().effects(), v);
        }
        for (String id : TABLE) {
            v[t.indexOf("beliefs." + id + ".drift_per_month")] += dDrift;
        }
        ScenarioConflict modified = ScenarioConflict.of(t.applyTo(CENTRAL, v));
        double[][] after = c.noDealTable();
        for (int m = 0; m <= 36; m++) {
            double[] expected = m < month ? null : modified.valuesAt(m, front[m]);
            for (int j = 0; j < 3; j++) {
                if (m < month) {
                    assertThat(after[j][m]).isEqualTo(before[j][m]);
                } else {
                    assertThat(after[j][m]).as("decider %d month %d", j, m).isCloseTo(expected[j], within(1e-13));
                }
            }
        }
        assertThat(c.driftShift(month - 1)).isZero();
        assertThat(c.driftShift(month)).isCloseTo(dDrift, within(1e-15));
        // the front after the rung moves with the new drift on the same shocks: f(4) − f(3) changes by dDrift
        ScenarioEscalation quiet = conflict(11, true);
        double[] q = quiet.frontPath();
        assertThat((front[month + 1] - front[month]) - (q[month + 1] - q[month])).isCloseTo(dDrift, within(1e-12));
        assertThat(front[month]).isEqualTo(q[month]);
    }

    @Test
    void theSeedDrawsTheFrontsShocksAtItsExpectationWithoutOne() {
        double[] a = conflict(5, true).frontPath();
        assertThat(conflict(5, true).frontPath()).containsExactly(a);
        assertThat(conflict(6, true).frontPath()).isNotEqualTo(a);
        // at its expectation the path and W are those of the bargaining stage, whatever the seed
        ValueOfNoDeal v = ScenarioConflict.of(CENTRAL).valueOfNoDeal();
        ScenarioEscalation e = conflict(5, false);
        assertThat(e.frontPath()).containsExactly(v.front());
        for (int j = 0; j < 3; j++) {
            assertThat(e.noDealTable()[j]).containsExactly(v.values()[j]);
        }
    }

    private static int issue(OutcomeSpace space, String name) {
        for (int k = 0; k < space.issueCount(); k++) {
            if (space.issueName(k).equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no issue " + name);
    }
}
