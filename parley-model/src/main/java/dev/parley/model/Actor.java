package dev.parley.model;

/**
 * An actor of the scenario. {@code capability} is the actor's relative power (used by the forecast models), absent
 * when the scenario does not give it.
 */
public record Actor(String id, String name, Role role, java.util.Optional<Param> capability, String description) {
}
