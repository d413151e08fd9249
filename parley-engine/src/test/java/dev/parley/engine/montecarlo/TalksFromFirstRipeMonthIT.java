package dev.parley.engine.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.engine.negotiate.NegotiationEvent;
import dev.parley.engine.pipeline.NegotiationStage;
import dev.parley.engine.pipeline.ScenarioConflict;
import dev.parley.engine.pipeline.ValueOfNoDeal;
import dev.parley.io.scenario.ScenarioReader;
import dev.parley.model.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A draw's talks open at its first ripe month t0 with W moving from there (no longer frozen at W(t0)), and the
 * agreement month is on the scenario's calendar. The tutorial (horizon 24, max_months 24): its Boulware North and
 * Conceder South meet in round 12 of their 24 from month 0 (SimulateCommandTest), and from any later month too — their
 * targets depend on the round, and neither floor W_i(t) binds there — so the agreement month is t0 + 12, counted
 * only while it is below the horizon.
 */
class TalksFromFirstRipeMonthIT {

    private static final Scenario TUTORIAL = ScenarioReader.read(Path.of("..", "scenarios", "tutorial.yaml"))
            .scenario();

    @ParameterizedTest
    @CsvSource({"0, 12, AGREEMENT", "6, 18, AGREEMENT", "10, 22, AGREEMENT", "15, -1, AGREEMENT_AFTER_HORIZON",
            "18, -1, AGREEMENT_AFTER_HORIZON"})
    void talksOpenAtT0AndTheAgreementMonthIsT0PlusTheRoundsTheyTook(int t0, int agreementMonth,
                                                                      TalksFromFirstRipeMonth.Ending ending) {
        TalksFromFirstRipeMonth talks = new TalksFromFirstRipeMonth(TUTORIAL.info().horizonMonths());
        NegotiationStage.Negotiation n = talks.negotiate(TUTORIAL, t0, 1L);
        assertThat(n.startMonth()).isEqualTo(t0);
        assertThat(n.result().round()).isEqualTo(12);
        assertThat(n.result().month()).isEqualTo(t0 + 12);
        TalksFromFirstRipeMonth.Talks t = talks.run(TUTORIAL, t0, 1L);
        assertThat(t.ending()).isEqualTo(ending);
        assertThat(t.agreementMonth()).isEqualTo(agreementMonth);
        // W moves during the talks: every month's W is the conflict model's W_i(t) of that month, not W_i(t0)
        ValueOfNoDeal v = ScenarioConflict.of(TUTORIAL).valueOfNoDeal();
        int i = v.deciders().indexOf("N");
        for (NegotiationEvent e : n.result().trace()) {
            if (e instanceof NegotiationEvent.MonthStarted m) {
                assertThat(m.noDealValues()[0]).isEqualTo(v.value(i, Math.min(m.month(), v.horizonMonths())));
            }
        }
        assertThat(v.value(i, t0 + 1)).isNotEqualTo(v.value(i, t0));
    }
}
