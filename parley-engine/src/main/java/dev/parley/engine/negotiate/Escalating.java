package dev.parley.engine.negotiate;

import java.util.List;
import java.util.Optional;

/**
 * A strategy that may also climb the escalation ladder: at the start of each month, before the month's W_i(t) is
 * read, the protocol asks it (when the talks run against an {@link EscalableConflict}) whether to take one of the
 * rungs still open to it.
 */
public interface Escalating {
    /**
     * @param state    this party's state (clock of the new month, W of the previous one)
     * @param conflict the conflict model, to weigh rungs with {@link EscalableConflict#valueIfTaken}
     * @param open     the rungs this party may still take
     * @return the rung to take now, or empty
     */
    Optional<EscalationStep> escalate(NegotiationState state, EscalableConflict conflict, List<EscalationStep> open);
}
