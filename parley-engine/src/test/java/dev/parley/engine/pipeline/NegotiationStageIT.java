package dev.parley.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.engine.negotiate.Escalating;
import dev.parley.engine.negotiate.NegotiationDomain;
import dev.parley.engine.negotiate.NegotiationEvent;
import dev.parley.engine.negotiate.NegotiationResult;
import dev.parley.engine.space.RedLines;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scenario's simulation block run end to end. The ending is checked against the ZOPA of its month, counted here
 * by brute force over the domain with W_i(t) taken straight from {@link ScenarioConflict} (not from the stage).
 */
class NegotiationStageIT {

    private static Scenario read(String name) {
        return ScenarioReader.read(Path.of("..", "scenarios", name)).scenario();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tutorial.yaml", "ukraine-2025.yaml"})
    void endingIsConsistentWithTheZopaOfItsMonth(String name) {
        Scenario s = read(name);
        NegotiationStage.Negotiation n = NegotiationStage.run(s, s.simulation().seed());
        NegotiationResult r = n.result();
        ValueOfNoDeal v = ScenarioConflict.of(s).valueOfNoDeal();
        NegotiationDomain d = n.domain();
        ScenarioBargaining b = ScenarioBargaining.of(s);
        RedLines red = RedLines.union(d.space(), b.redLines().toArray(new RedLines[0]));
        int deciders = n.deciders().size();
        double[][] w = new double[deciders][v.horizonMonths() + 1];
        for (int j = 0; j < deciders; j++) {
            int i = v.deciders().indexOf(n.deciders().get(j));
            for (int t = 0; t <= v.horizonMonths(); t++) {
                w[j][t] = v.value(i, t);
            }
        }
        int rounds = s.simulation().maxMonths() * s.simulation().roundsPerMonth();
        switch (r.ending()) {
            case AGREEMENT -> {
                int[] choice = new int[d.space().issueCount()];
                d.space().decode(r.outcome(), choice);
                assertThat(red.crosses(choice)).isFalse();
                for (int i = 0; i < deciders; i++) {
                    assertThat(r.utilities()[i]).isEqualTo(d.utility(i, r.outcome()));
                    assertThat(r.utilities()[i]).isGreaterThanOrEqualTo(w[i][Math.min(r.month(), v.horizonMonths())]);
                }
                assertThat(n.terms()).hasSize(d.space().issueCount());
            }
            case WALK_OUT -> assertThat(zopa(d, red, w, r.month())).isZero();
            case DEADLINE -> {
                assertThat(r.round()).isEqualTo(rounds);
                for (int m = 0; m <= Math.min(r.month(), v.horizonMonths()); m++) {
                    assertThat(zopa(d, red, w, m)).as("month %d", m).isPositive();
                }
            }
        }
        assertThat(r.trace().get(0)).isInstanceOf(NegotiationEvent.MonthStarted.class);
        assertThat(((NegotiationEvent.MonthStarted) r.trace().get(0)).front()).isEqualTo(v.front()[0]);
        assertThat(r.month()).isLessThanOrEqualTo(s.simulation().maxMonths());
    }

    @Test
    void partiesSitFirstWithTheirNamedStrategies() {
        NegotiationStage.Negotiation uk = NegotiationStage.run(read("ukraine-2025.yaml"), 1);
        assertThat(uk.deciders()).containsExactly("US", "RU", "UA");
        assertThat(uk.partyCount()).isEqualTo(2);
        assertThat(uk.strategies()).containsExactly("boulware", "boulware");
        NegotiationStage.Negotiation tut = NegotiationStage.run(read("tutorial.yaml"), 1);
        assertThat(tut.deciders()).containsExactly("N", "S");
        assertThat(tut.strategies()).containsExactly("boulware", "conceder");
        // tutorial: max_months 24 at the default 1 round a month
        assertThat(tut.result().round()).isLessThanOrEqualTo(24);
    }

    @Test
    void sameSeedSameTrace() {
        Scenario s = read("tutorial.yaml");
        NegotiationResult a = NegotiationStage.run(s, 7).result();
        NegotiationResult c = NegotiationStage.run(s, 7).result();
        assertThat(c.trace().toString()).isEqualTo(a.trace().toString());
        assertThat(c.ending()).isEqualTo(a.ending());
        assertThat(c.outcome()).isEqualTo(a.outcome());
        assertThat(c.trace()).isNotEmpty();
    }

    @Test
    void withEscalationTheSeedDrawsTheCounterMoveAndTheSameSeedGivesTheSameTalks() {
        Scenario s = read("ukraine-2025.yaml");
        var loaded = ScenarioReader.read(Path.of("..", "scenarios", "ukraine-2025.yaml"));
        Scenario central = loaded.parameters().centralCase(loaded.scenario());
        NegotiationStage.Options escalate = NegotiationStage.Options.DEFAULT.withStrategy("US", "escalate-naive");
        java.util.Set<Boolean> countered = new java.util.HashSet<>();
        for (long seed = 1; seed <= 40 && countered.size() < 2; seed++) {
            NegotiationStage.Negotiation n = NegotiationStage.run(central, seed, escalate);
            assertThat(n.strategies()).containsExactly("escalate-naive", "boulware");
            assertThat(n.escalations()).hasSize(1);
            NegotiationEvent.Escalated e = (NegotiationEvent.Escalated) n.result().trace().get(0);
            assertThat(e.rung()).isEqualTo("long-range-systems");
            assertThat(e.countered()).isEqualTo(n.escalations().get(0).countered());
            countered.add(e.countered());
            NegotiationStage.Negotiation again = NegotiationStage.run(central, seed, escalate);
            assertThat(again.result().trace().toString()).isEqualTo(n.result().trace().toString());
        }
        // with p = 0.9 both draws turn up within 40 seeds unless the generator ignores the seed (0.9^40 ≈ 0.015)
        assertThat(countered).containsExactlyInAnyOrder(true, false);
        // a reckoning US does not climb (the counter-move at 0.9 lowers its W), so its talks are those as written
        NegotiationStage.Negotiation reckoning = NegotiationStage.run(central, 3,
                NegotiationStage.Options.DEFAULT.withStrategy("US", "escalate-for-leverage"));
        assertThat(reckoning.escalations()).isEmpty();
        assertThat(reckoning.result().ending()).isEqualTo(NegotiationStage.run(central, 3).result().ending());
        assertThat(s.simulation().strategies()).containsEntry("US", "boulware");
    }

    @Test
    void startingAtMonthZeroIsTheStageWithoutAStartMonth() {
        // the old stage had no start month; t0 = 0 must give its talks bit for bit, escalation and sampled front too
        var loaded = ScenarioReader.read(Path.of("..", "scenarios", "ukraine-2025.yaml"));
        Scenario central = loaded.parameters().centralCase(loaded.scenario());
        NegotiationStage.Options escalate = NegotiationStage.Options.DEFAULT.withStrategy("US", "escalate-naive")
                .withSampledFront(true);
        for (long seed : new long[] {1, 5}) {
            NegotiationStage.Negotiation a = NegotiationStage.run(central, seed, escalate);
            NegotiationStage.Negotiation b = NegotiationStage.run(central, seed, escalate.startingAt(0));
            assertThat(b.result().trace().toString()).isEqualTo(a.result().trace().toString());
            assertThat(b.result().ending()).isEqualTo(a.result().ending());
            assertThat(b.noDeal()).isDeepEqualTo(a.noDeal());
            assertThat(b.startMonth()).isZero();
        }
        Scenario tutorial = read("tutorial.yaml");
        assertThat(NegotiationStage.run(tutorial, 1, NegotiationStage.Options.DEFAULT.startingAt(0)).result().trace()
                .toString()).isEqualTo(NegotiationStage.run(tutorial, 1).result().trace().toString());
        assertThatThrownBy(() -> NegotiationStage.Options.DEFAULT.startingAt(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void talksOpeningAtMonthT0ReadWFromT0OnAtTheFrontOfT0OnTheScenariosCalendar() {
        Scenario s = read("tutorial.yaml");
        int t0 = 6;
        NegotiationStage.Negotiation n = NegotiationStage.run(s, 1, NegotiationStage.Options.DEFAULT.startingAt(t0));
        ScenarioConflict conflict = ScenarioConflict.of(s);
        ValueOfNoDeal v = conflict.valueOfNoDeal();
        assertThat(n.startMonth()).isEqualTo(t0);
        List<NegotiationEvent.MonthStarted> months = n.result().trace().stream()
                .filter(e -> e instanceof NegotiationEvent.MonthStarted).map(e -> (NegotiationEvent.MonthStarted) e)
                .toList();
        // round 0 is in month t0, and every month's W is the conflict model's W_i(t), frozen after the horizon
        assertThat(months.get(0).round()).isZero();
        assertThat(months.get(0).month()).isEqualTo(t0);
        assertThat(months.get(0).front()).isEqualTo(v.front()[t0]);
        for (NegotiationEvent.MonthStarted m : months) {
            assertThat(m.month()).isEqualTo(t0 + m.round());
            for (int j = 0; j < n.deciders().size(); j++) {
                int i = v.deciders().indexOf(n.deciders().get(j));
                assertThat(m.noDealValues()[j]).as("W of %s in month %d", n.deciders().get(j), m.month())
                        .isEqualTo(v.value(i, Math.min(m.month(), v.horizonMonths())));
            }
        }
        // the border follows the front: its no-deal point (to which broken promises revert) is that of E[f(t0)]
        var expected = dev.parley.engine.bargain.BargainingAnalysis.expectedUtilities(
                ScenarioBargaining.of(s, conflict.expectedFront(t0)).problem(new double[2]));
        for (int x = 0; x < n.domain().size(); x++) {
            for (int j = 0; j < 2; j++) {
                assertThat(n.domain().utility(j, x)).isEqualTo(expected.get(j).utility((long) x));
            }
        }
        // the deadline counts max_months (24) from t0
        NegotiationResult r = n.result();
        assertThat(r.month()).isBetween(t0, t0 + s.simulation().maxMonths());
        if (r.ending() == NegotiationResult.Ending.DEADLINE) {
            assertThat(r.round()).isEqualTo(s.simulation().maxMonths());
        }
    }

    @Test
    void theFlagshipAtItsFirstRipeMonthEndsAtTheDeadlineBecauseKyivVetoesTheDealWashingtonAndMoscowFind() {
        var loaded = ScenarioReader.read(Path.of("..", "scenarios", "ukraine-2025.yaml"));
        Scenario central = loaded.parameters().centralCase(loaded.scenario());
        int[] ripe = new ScenarioRipeness(RipenessSettings.DEFAULTS).timeline(central, 0L).ripeMonths();
        assertThat(ripe).containsExactly(30); // the central case ripens once, in month 30 (stalemate window 6)
        NegotiationStage.Negotiation n = NegotiationStage.run(central, 1, NegotiationStage.Options.DEFAULT
                .startingAt(30));
        NegotiationResult r = n.result();
        // 36 rounds from month 30: the last is month 65, W frozen at W(36) after the horizon
        assertThat(r.ending()).isEqualTo(NegotiationResult.Ending.DEADLINE);
        assertThat(r.round()).isEqualTo(36);
        assertThat(r.month()).isEqualTo(65);
        // the two Boulwares end up proposing the same outcome (US 0.668 ≥ W 0.663, RU 0.568 ≥ W 0.567), but Kyiv's
        // utility of it is 0.2014 against its W 0.2318, so the ratifier vetoes it every time it is put up
        List<NegotiationEvent.Ratified> vetoes = r.trace().stream()
                .filter(e -> e instanceof NegotiationEvent.Ratified v && !v.approved())
                .map(e -> (NegotiationEvent.Ratified) e).toList();
        assertThat(vetoes).hasSize(7);
        assertThat(vetoes).allSatisfy(v -> {
            assertThat(n.deciders().get(v.ratifier())).isEqualTo("UA");
            assertThat(v.utility()).isCloseTo(0.2014, org.assertj.core.api.Assertions.within(1e-9));
            assertThat(v.noDealValue()).isCloseTo(0.2318, org.assertj.core.api.Assertions.within(1e-4));
        });
        assertThat(r.trace()).noneMatch(e -> e instanceof NegotiationEvent.Ratified v && v.approved());
    }

    @Test
    void unknownAndUnsupportedNamesAreRefusedWithTheValidOnes() {
        assertThatThrownBy(() -> NegotiationStage.strategy("N", "boulwere"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("simulation.strategies.N: 'boulwere'").hasMessageContaining("tit-for-tat");
        assertThatThrownBy(() -> NegotiationStage.strategy("RU", "escalate-for-leverage/boulwere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'boulwere'")
                .hasMessageContaining("escalate-for-leverage/");
        assertThat(NegotiationStage.strategy("US", "escalate-for-leverage")).isInstanceOf(Escalating.class);
        assertThat(NegotiationStage.strategy("US", "escalate-naive/linear")).isInstanceOf(Escalating.class);
        for (String name : NegotiationStage.STRATEGY_NAMES) {
            assertThat(NegotiationStage.strategy("N", name)).isNotNull();
        }
    }

    private static int zopa(NegotiationDomain d, RedLines red, double[][] w, int month) {
        int t = Math.min(month, w[0].length - 1);
        int[] choice = new int[d.space().issueCount()];
        int count = 0;
        for (int x = 0; x < d.size(); x++) {
            d.space().decode(x, choice);
            if (red.crosses(choice)) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < d.deciderCount(); i++) {
                all &= d.utility(i, x) >= w[i][t];
            }
            count += all ? 1 : 0;
        }
        return count;
    }
}
