package dev.parley.model;

import java.util.Optional;

/** An actor's own view of the front's dynamics (mutual optimism = beliefs that differ). */
public record Belief(Param driftPerMonth, Optional<Param> volatility) {
}
