package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FrontRandomWalk;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Escalation while talking: W_i moves in the direction the drift change implies for each side (party 0 gains with
 * the front, party 1 loses), a naive escalator climbs a rung whose counter-move leaves it worse off (the backfire
 * DESIGN.md §4.4 asks the model to be able to show), and one that expects the counter-move does not climb.
 */
class EscalateForLeverageTest {
    private static final FrontRandomWalk WORLD = FrontRandomWalk.constant(0.0, 0.03);

    private static EscalatingConflict conflict(long seed) {
        FightingValueProblem p0 = new FightingValueProblem(WORLD, 0.2, f -> 0.6 * f, 0.005, 0.0, 0.98, 24);
        FightingValueProblem p1 = new FightingValueProblem(WORLD, 0.2, f -> 0.6 * (1 - f), 0.005, 0.0, 0.98, 24);
        return new EscalatingConflict(WORLD, 0.5, new FightingValueProblem[] {p0, p1}, new SplittableRandom(seed));
    }

    private static final EscalationStep ALWAYS_COUNTERED = new EscalationStep("strikes", 0, 0.01, 1.0, -0.02);
    private static final EscalationStep NEVER_COUNTERED = new EscalationStep("strikes", 0, 0.01, 0.0, -0.02);

    private static NegotiationResult talk(EscalatingConflict c, NegotiationStrategy escalator, EscalationStep rung) {
        return new StackedAlternatingOffers(PieDomains.pie(100), NegotiationSettings.withDeadline(24).withWalkOut(false))
                .run(List.of(escalator, new BatnaAware(TimeDependentConcession.boulware())), c, List.of(rung));
    }

    @Test
    void aNaiveEscalatorClimbsAndTheCounterMoveLeavesItWorseOff() {
        double before = conflict(3).value(0, 0);
        EscalatingConflict c = conflict(3);
        assertThat(c.valueIfTaken(0, 0, ALWAYS_COUNTERED, 0.0)).isGreaterThan(before); // what it expects
        NegotiationResult r = talk(c, EscalateForLeverage.naive(new BatnaAware(TimeDependentConcession.boulware())),
                ALWAYS_COUNTERED);
        NegotiationEvent.Escalated e = (NegotiationEvent.Escalated) r.trace().get(0);
        assertThat(e.party()).isZero();
        assertThat(e.month()).isZero();
        assertThat(e.countered()).isTrue();
        assertThat(e.driftShift()).isEqualTo(0.01 - 0.02);
        assertThat(c.value(0, 0)).isLessThan(before); // backfire
        assertThat(c.value(1, 0)).isGreaterThan(conflict(3).value(1, 0));
        NegotiationEvent.MonthStarted m0 = (NegotiationEvent.MonthStarted) r.trace().get(1);
        assertThat(m0.noDealValues()[0]).isEqualTo(c.value(0, 0));
        assertThat(r.trace()).filteredOn(x -> x instanceof NegotiationEvent.Escalated).hasSize(1); // once per rung
    }

    @Test
    void anEscalatorExpectingTheCounterMoveStaysPut() {
        NegotiationResult r = talk(conflict(3), EscalateForLeverage.expecting(TimeDependentConcession.boulware()),
                ALWAYS_COUNTERED);
        assertThat(r.trace()).noneMatch(x -> x instanceof NegotiationEvent.Escalated);
    }

    @Test
    void anUnansweredEscalationRaisesTheEscalatorsWAndLowersTheOthers() {
        EscalatingConflict c = conflict(5);
        NegotiationResult r = talk(c, EscalateForLeverage.expecting(new BatnaAware(TimeDependentConcession.boulware())),
                NEVER_COUNTERED);
        assertThat(((NegotiationEvent.Escalated) r.trace().get(0)).countered()).isFalse();
        assertThat(c.value(0, 0)).isGreaterThan(conflict(5).value(0, 0));
        assertThat(c.value(1, 0)).isLessThan(conflict(5).value(1, 0));
        // deterministic: the same seed gives the same talks
        EscalatingConflict again = conflict(5);
        NegotiationResult r2 = talk(again,
                EscalateForLeverage.expecting(new BatnaAware(TimeDependentConcession.boulware())), NEVER_COUNTERED);
        assertThat(r2.trace()).hasSameSizeAs(r.trace());
        assertThat(r2.outcome()).isEqualTo(r.outcome());
        assertThat(again.front(r.month())).isEqualTo(c.front(r.month()));
    }
}
