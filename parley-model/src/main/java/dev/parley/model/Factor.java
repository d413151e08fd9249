package dev.parley.model;

import java.util.List;
import java.util.Optional;

/**
 * A named, sourced set of parameter changes: one of the seed's prerequisites or obstacles. It is either on or off
 * ({@code active}) or on with {@code probability} in each Monte Carlo draw.
 */
public record Factor(String id, String name, Kind kind, String side, String text, String source, boolean active,
        Optional<Param> probability, List<Effect> effects) {

    public Factor {
        effects = List.copyOf(effects);
    }

    /** What the factor is in the analysis. */
    public enum Kind {
        PREREQUISITE, OBSTACLE, OTHER;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
