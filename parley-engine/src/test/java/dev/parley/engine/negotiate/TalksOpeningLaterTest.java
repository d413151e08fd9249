package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.negotiate.NegotiationResult.Ending;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks that open in a later month ({@link NegotiationSettings#startMonth()}, what
 * {@code NegotiationStage.Options.startingAt} sets), worked by hand on the pie of 10: A's value of no deal is 0.9 in
 * months 0–2 and falls to 0.4 from month 3 (the fighting starts to hurt); B's stays 0.5.
 */
class TalksOpeningLaterTest {

    private static final double[][] W = {{0.9, 0.9, 0.9, 0.4}, {0.5, 0.5, 0.5, 0.5}};

    private static NegotiationResult talks(int startMonth) {
        NegotiationSettings settings = NegotiationSettings.withDeadline(11).withNearTieWindow(0.0)
                .withStartMonth(startMonth);
        return new StackedAlternatingOffers(PieDomains.pie(10), settings)
                .run(List.of(new BatnaAware(TimeDependentConcession.linear()),
                        new BatnaAware(TimeDependentConcession.linear())), new TabulatedNoDealValues(W, null));
    }

    @Test
    void fromMonthZeroTheZopaIsEmptyAndAWalksOutAtOnce() {
        // month 0: A needs k/10 ≥ 0.9, B needs 1 − k/10 ≥ 0.5, i.e. k ≤ 5: no outcome; A's best with B content is 0.5
        NegotiationResult r = talks(0);
        assertThat(r.ending()).isEqualTo(Ending.WALK_OUT);
        assertThat(r.walkedOut()).isZero();
        assertThat(r.round()).isZero();
        assertThat(r.month()).isZero();
    }

    @Test
    void fromTheMonthWFallsTheyMeetInTheMiddleAtRoundFiveReportedOnTheScenariosCalendar() {
        // from month 3: ZOPA k ∈ [4, 5]. Linear targets 1 − r/10 (deadline 11), floored at W: A offers k = 10 − r, B
        // accepts once r/10 ≥ max(1 − r/10, 0.5), first at r = 5 on k = 5 — the round of the unfloored pie, because
        // neither floor binds before it. Round 5 of talks opening in month 3 is month 3 + 5 = 8.
        NegotiationResult r = talks(3);
        assertThat(r.ending()).isEqualTo(Ending.AGREEMENT);
        assertThat(r.round()).isEqualTo(5);
        assertThat(r.outcome()).isEqualTo(5);
        assertThat(r.month()).isEqualTo(8);
        assertThat(r.utilities()).containsExactly(0.5, 0.5);
        NegotiationEvent.MonthStarted first = (NegotiationEvent.MonthStarted) r.trace().get(0);
        assertThat(first.round()).isZero();
        assertThat(first.month()).isEqualTo(3);
        assertThat(first.noDealValues()).containsExactly(0.4, 0.5);
    }

    @Test
    void aLaterStartCountsTheDeadlineFromItsOwnFirstMonth() {
        // W after the table's last month stays at its last value (0.4, 0.5), so talks opening in month 20 are those
        // opening in month 3, shifted by 17 months: the same round and outcome
        NegotiationResult r = talks(20);
        assertThat(r.round()).isEqualTo(5);
        assertThat(r.outcome()).isEqualTo(5);
        assertThat(r.month()).isEqualTo(25);
    }
}
