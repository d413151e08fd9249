package dev.parley.engine.forecast;

import dev.parley.model.Actor;
import dev.parley.model.Issue;
import dev.parley.model.NoDeal;
import dev.parley.model.Param;
import dev.parley.model.Preferences;
import dev.parley.model.Role;
import dev.parley.model.Scenario;
import dev.parley.model.ScenarioInfo;
import dev.parley.model.SimulationSettings;
import dev.parley.model.ValueFunction;
import dev.parley.model.forecast.ForecastActor;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The scenario → forecast problem mapping on a tiny hand-written scenario whose positions are worked by hand. */
class ScenarioForecastProblemsTest {

    static final Issue.Discrete TAX = new Issue.Discrete("tax", "Tax rate", "", List.of("low", "mid", "high", "max"),
            new NoDeal.Option("mid"), Map.of());
    static final Issue.Continuous SHARE = new Issue.Continuous("share", "Share", "", 10, 30, 1, "km", new NoDeal.Value(20));

    static Map<String, Param> table(double... v) {
        Map<String, Param> m = new LinkedHashMap<>();
        for (int i = 0; i < v.length; i++) {
            m.put(TAX.options().get(i), Param.of(v[i]));
        }
        return m;
    }

    static Preferences prefs(String actor, double wTax, double wShare, ValueFunction tax, ValueFunction share) {
        Map<String, Param> w = new LinkedHashMap<>();
        w.put("tax", Param.of(wTax));
        w.put("share", Param.of(wShare));
        Map<String, ValueFunction> v = new LinkedHashMap<>();
        if (tax != null) {
            v.put("tax", tax);
        }
        if (share != null) {
            v.put("share", share);
        }
        return new Preferences(actor, w, v, List.of(), List.of(), Optional.empty());
    }

    static Scenario scenario(List<Actor> actors, Map<String, Preferences> prefs) {
        return new Scenario(new ScenarioInfo("tiny", "Tiny", "", YearMonth.of(2030, 1), 12, Param.of(0.99), List.of()),
                actors, List.of(TAX, SHARE), prefs, Map.of(), Optional.empty(), List.of(), Optional.empty(), Map.of(),
                new SimulationSettings("alternating", Map.of(), 12, 1, 1, 10), List.of());
    }

    static Actor actor(String id, Role role, Double capability) {
        return new Actor(id, id + " name", role, Optional.ofNullable(capability).map(Param::of), "");
    }

    static Scenario tiny() {
        Map<String, Preferences> p = new LinkedHashMap<>();
        // A: best option "mid" (index 1 of 4 -> 33.33); share rises with x -> max 30 -> 100; weights .25/.75
        p.put("A", prefs("A", 1, 3, new ValueFunction.Table(table(0.2, 1.0, 0.5, 0.0)),
                new ValueFunction.Linear(0, 1)));
        // B: ties "low" and "high" (indices 0 and 2 -> 0 and 66.67) -> midpoint 33.33; piecewise peak at x = 15
        //    -> (15 - 10)/20 * 100 = 25; weights .5/.5 after normalising 2 and 2
        p.put("B", prefs("B", 2, 2, new ValueFunction.Table(table(1.0, 0.3, 1.0, 0.0)),
                new ValueFunction.PiecewiseLinear(List.of(new ValueFunction.Point(10, 0.2),
                        new ValueFunction.Point(15, 0.9), new ValueFunction.Point(30, 0.1)))));
        // C (stakeholder): "max" -> 100; weight 0 on share and no value function there -> 50; saliences 1/0
        p.put("C", prefs("C", 0.4, 0, new ValueFunction.Table(table(0, 0, 0, 1)), null));
        // D has preferences but no capability: left out
        p.put("D", prefs("D", 1, 1, new ValueFunction.Table(table(1, 0, 0, 0)), new ValueFunction.Linear(1, 0)));
        // E (stakeholder) has a capability but no preferences: left out
        return scenario(List.of(actor("A", Role.PARTY, 2.0), actor("B", Role.RATIFIER, 1.0),
                actor("C", Role.STAKEHOLDER, 0.5), actor("D", Role.PARTY, null), actor("E", Role.STAKEHOLDER, 3.0)), p);
    }

    @Test
    void positionsSaliencesAndCapabilitiesAreTheHandWorkedOnes() {
        ScenarioForecastProblems.Mapped m = ScenarioForecastProblems.map(tiny());
        assertThat(m.problem().dimensions()).extracting(d -> d.name()).containsExactly("tax", "share");
        assertThat(m.problem().dimensions()).allSatisfy(d -> {
            assertThat(d.low()).isEqualTo(0.0);
            assertThat(d.high()).isEqualTo(100.0);
        });
        assertThat(m.actors()).extracting(Actor::id).containsExactly("A", "B", "C");
        List<ForecastActor> a = m.problem().actors();
        assertThat(a).extracting(ForecastActor::capability).containsExactly(2.0, 1.0, 0.5);
        assertThat(a.get(0).positions()).containsExactly(new double[] {100.0 / 3, 100}, within(1e-12));
        assertThat(a.get(0).saliences()).containsExactly(new double[] {0.25, 0.75}, within(1e-15));
        assertThat(a.get(1).positions()).containsExactly(new double[] {100.0 / 3, 25}, within(1e-12));
        assertThat(a.get(1).saliences()).containsExactly(new double[] {0.5, 0.5}, within(1e-15));
        assertThat(a.get(2).positions()).containsExactly(new double[] {100, 50}, within(1e-12));
        assertThat(a.get(2).saliences()).containsExactly(new double[] {1, 0}, within(1e-15));
        assertThat(m.notes()).containsExactly(
                "actor B values options low, high of issue tax equally most; placed midway between low and high, "
                        + "at 33.33",
                "actor C gives no value function for issue share (weight 0): placed at 50, the middle of the scale",
                "actor D has no capability and is left out of the forecast (give actors.D.capability to include it)",
                "actor E has no preferences and is left out of the forecast (give preferences.E to include it)");
    }

    @Test
    void compromiseOnTheMappedProblemIsTheHandWorkedMean() {
        // tax: weights c*s = 2*.25=.5, 1*.5=.5, .5*1=.5 -> (33.33+33.33+100)/3 = 55.56
        // share: .5*3/4... c*s = 2*.75=1.5 at 100, 1*.5=.5 at 25, 0 -> (150+12.5)/2 = 81.25
        double[] f = new CompromiseModel().forecast(ScenarioForecastProblems.map(tiny()).problem());
        assertThat(f[0]).isCloseTo(500.0 / 9, within(1e-9));
        assertThat(f[1]).isCloseTo(81.25, within(1e-9));
    }

    @Test
    void flatLinearValueIsATieOverTheWholeRange() {
        Map<String, Preferences> p = Map.of("A", prefs("A", 1, 1, new ValueFunction.Table(table(0, 1, 0, 0)),
                new ValueFunction.Linear(0.4, 0.4)));
        ScenarioForecastProblems.Mapped m = ScenarioForecastProblems.map(scenario(List.of(actor("A", Role.PARTY, 1.0)), p));
        assertThat(m.problem().actors().get(0).position(1)).isEqualTo(50.0);
        assertThat(m.notes()).containsExactly("actor A values issue share most anywhere from 10 to 30; placed midway, at 50");
    }

    @Test
    void noActorWithCapabilityIsAClearError() {
        Map<String, Preferences> p = Map.of("A", prefs("A", 1, 1, new ValueFunction.Table(table(0, 1, 0, 0)),
                new ValueFunction.Linear(0, 1)));
        assertThatThrownBy(() -> ScenarioForecastProblems.map(scenario(List.of(actor("A", Role.PARTY, null)), p)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("scenario tiny has no actor with both a capability and preferences")
                .hasMessageContaining("actors.<id>.capability");
    }

    @Test
    void scaleHelpersInvertEachOther() {
        assertThat(ScenarioForecastProblems.optionPosition(2, 4)).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(ScenarioForecastProblems.rangePosition(SHARE, 15)).isEqualTo(25.0);
        assertThat(ScenarioForecastProblems.rangeValue(SHARE, 25)).isEqualTo(15.0);
        assertThat(ScenarioForecastProblems.nearestOption(TAX, 40)).isEqualTo("mid");
        assertThat(ScenarioForecastProblems.nearestOption(TAX, 50)).isEqualTo("mid/high");
        assertThat(ScenarioForecastProblems.nearestOption(TAX, 99)).isEqualTo("max");
        assertThat(ScenarioForecastProblems.nearestOption(TAX, 0)).isEqualTo("low");
    }
}
