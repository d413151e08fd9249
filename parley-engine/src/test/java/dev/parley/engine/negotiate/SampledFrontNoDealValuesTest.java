package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.conflict.DiscretisedFrontValueOfFighting;
import dev.parley.engine.conflict.FightingValueProblem;
import dev.parley.engine.conflict.FightingValueTable;
import dev.parley.engine.conflict.FrontRandomWalk;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SampledFrontNoDealValuesTest {

    private static final FrontRandomWalk WALK = FrontRandomWalk.constant(0.01, 0.05);

    private static FightingValueTable[] tables() {
        // party 0 gains with the front, party 1 loses with it; both pay 0.01 a month, δ = 0.99, horizon 12
        FightingValueProblem p0 = new FightingValueProblem(WALK, 0.1, f -> 0.8 * f, 0.01, 0.0, 0.99, 12);
        FightingValueProblem p1 = new FightingValueProblem(WALK, 0.1, f -> 0.8 * (1 - f), 0.01, 0.0, 0.99, 12);
        DiscretisedFrontValueOfFighting solver = new DiscretisedFrontValueOfFighting();
        return new FightingValueTable[] {solver.table(p0), solver.table(p1)};
    }

    @Test
    void wFollowsTheSampledFrontThroughEachDecidersTable() {
        FightingValueTable[] t = tables();
        SampledFrontNoDealValues w = new SampledFrontNoDealValues(WALK, 0.5, t, new SplittableRandom(42));
        double[] path = WALK.samplePath(0.5, 0, 12, new SplittableRandom(42));
        for (int m = 0; m <= 12; m++) {
            assertThat(w.front(m)).isEqualTo(path[m]);
            assertThat(w.value(0, m)).isEqualTo(t[0].value(m, path[m]));
            assertThat(w.value(1, m)).isEqualTo(t[1].value(m, path[m]));
        }
        assertThat(w.value(0, 40)).isEqualTo(w.value(0, 12)); // frozen after the horizon
        // months move W: the path is not constant, and nor is W along it
        assertThat(path[12]).isNotEqualTo(path[0]);
        assertThat(w.value(0, 12)).isNotEqualTo(w.value(0, 0));
    }

    @Test
    void theSameSeedGivesTheSameNegotiationAndTheTraceCarriesTheFront() {
        FightingValueTable[] t = tables();
        NegotiationSettings s = NegotiationSettings.withDeadline(12).withRoundsPerMonth(1).withWalkOut(false);
        StackedAlternatingOffers saop = new StackedAlternatingOffers(PieDomains.pie(100), s);
        NegotiationResult a = saop.run(List.of(new BatnaAware(TimeDependentConcession.boulware()),
                new BatnaAware(TimeDependentConcession.boulware())),
                new SampledFrontNoDealValues(WALK, 0.5, t, new SplittableRandom(7)));
        NegotiationResult b = saop.run(List.of(new BatnaAware(TimeDependentConcession.boulware()),
                new BatnaAware(TimeDependentConcession.boulware())),
                new SampledFrontNoDealValues(WALK, 0.5, t, new SplittableRandom(7)));
        assertThat(b.trace()).hasSameSizeAs(a.trace());
        assertThat(b.outcome()).isEqualTo(a.outcome());
        assertThat(b.round()).isEqualTo(a.round());
        NegotiationEvent.MonthStarted first = (NegotiationEvent.MonthStarted) a.trace().get(0);
        assertThat(first.front()).isEqualTo(0.5);
        assertThat(first.noDealValues()).containsExactly(t[0].value(0, 0.5), t[1].value(0, 0.5));
    }
}
