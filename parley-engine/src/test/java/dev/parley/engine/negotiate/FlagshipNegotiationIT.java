package dev.parley.engine.negotiate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.bargain.BargainingAnalysis;
import dev.parley.engine.bargain.BargainingProblem;
import dev.parley.engine.pipeline.ScenarioBargaining;
import dev.parley.engine.pipeline.ScenarioConflict;
import dev.parley.engine.pipeline.ValueOfNoDeal;
import dev.parley.engine.space.AdditiveUtility;
import dev.parley.engine.space.RedLines;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The flagship scenario wired end to end: expected utilities U_i^e and red lines from {@link ScenarioBargaining},
 * W_i(t) month by month from {@link ScenarioConflict}, US and RU at the table, UA ratifying. Utilities of the
 * front-following issue are those at the initial front (month 0) throughout — a simplification of this test.
 * Checked: whatever the ending, it is consistent with the ZOPA of its month, computed here by brute force.
 */
class FlagshipNegotiationIT {
    private static final Path UKRAINE = Path.of("..", "scenarios", "ukraine-2025.yaml");

    @Test
    void batnaAwareTalksEndInsideTheZopaOrBecauseThereIsNone() {
        Scenario s = ScenarioReader.read(UKRAINE).scenario();
        ScenarioConflict conflict = ScenarioConflict.of(s);
        ValueOfNoDeal v = conflict.valueOfNoDeal();
        ScenarioBargaining b = ScenarioBargaining.of(s);
        assertThat(b.deciders()).containsExactly("US", "RU", "UA");
        double[] w0 = {v.value(0, 0), v.value(1, 0), v.value(2, 0)};
        BargainingProblem problem = b.problem(w0);
        List<AdditiveUtility> us = BargainingAnalysis.expectedUtilities(problem);
        NegotiationDomain d = NegotiationDomain.of(us, 2, b.redLines());
        NoDealValues w = new TabulatedNoDealValues(v.values(), v.front());
        for (boolean walkOut : new boolean[] {false, true}) {
            NegotiationResult r = new StackedAlternatingOffers(d,
                    NegotiationSettings.withDeadline(v.horizonMonths() + 1).withWalkOut(walkOut))
                    .run(List.of(new BatnaAware(TimeDependentConcession.boulware()),
                            new BatnaAware(TimeDependentConcession.boulware())), w);
            RedLines red = RedLines.union(d.space(), b.redLines().toArray(new RedLines[0]));
            switch (r.ending()) {
                case AGREEMENT -> {
                    int[] choice = new int[d.space().issueCount()];
                    d.space().decode(r.outcome(), choice);
                    assertThat(red.crosses(choice)).isFalse();
                    for (int i = 0; i < 3; i++) {
                        assertThat(r.utilities()[i]).isGreaterThanOrEqualTo(v.value(i, r.month()));
                    }
                }
                case WALK_OUT -> assertThat(zopa(d, red, w, r.month())).isZero();
                case DEADLINE -> {
                    assertThat(r.round()).isEqualTo(v.horizonMonths() + 1);
                    if (walkOut) { // an empty ZOPA in any month would have made party 0 walk out
                        for (int m = 0; m <= r.month(); m++) {
                            assertThat(zopa(d, red, w, m)).as("month %d", m).isPositive();
                        }
                    }
                }
            }
            assertThat(r.trace().get(0)).isInstanceOf(NegotiationEvent.MonthStarted.class);
            assertThat(((NegotiationEvent.MonthStarted) r.trace().get(0)).front()).isEqualTo(v.front()[0]);
        }
    }

    private static int zopa(NegotiationDomain d, RedLines red, NoDealValues w, int month) {
        int[] choice = new int[d.space().issueCount()];
        int count = 0;
        for (int x = 0; x < d.size(); x++) {
            d.space().decode(x, choice);
            if (red.crosses(choice)) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < d.deciderCount(); i++) {
                all &= d.utility(i, x) >= w.value(i, month);
            }
            count += all ? 1 : 0;
        }
        return count;
    }
}
