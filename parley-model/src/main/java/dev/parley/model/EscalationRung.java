package dev.parley.model;

import java.util.List;
import java.util.Optional;

/** A step of the escalation ladder that actor {@code by} may take, its effects, and the expected counter-move. */
public record EscalationRung(String id, String by, String text, String source, List<Effect> effects,
        Optional<CounterMove> counter) {

    public EscalationRung {
        effects = List.copyOf(effects);
    }

    /** The reply to an escalation: taken by {@code by} with {@code probability}. */
    public record CounterMove(String by, Param probability, List<Effect> effects, String text) {
        public CounterMove {
            effects = List.copyOf(effects);
        }
    }
}
