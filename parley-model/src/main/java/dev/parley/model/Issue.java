package dev.parley.model;

import java.util.List;
import java.util.Map;

/** A negotiable issue (a "chip"): discrete options or a continuous range, with its no-deal state. */
public sealed interface Issue {

    String id();

    String name();

    String description();

    NoDeal noDeal();

    /** An issue with ordered, named options; commitments are keyed by option. */
    record Discrete(String id, String name, String description, List<String> options, NoDeal noDeal,
            Map<String, Commitment> commitments) implements Issue {

        public Discrete {
            options = List.copyOf(options);
            commitments = OrderedMaps.copy(commitments);
        }

        public int indexOf(String option) {
            return options.indexOf(option);
        }
    }

    /**
     * An issue whose outcome is a number in [min, max] (e.g. the share of contested territory held by one side),
     * discretised with {@code step} for enumeration.
     */
    record Continuous(String id, String name, String description, double min, double max, double step,
            String unit, NoDeal noDeal) implements Issue {

        /** Number of grid points min, min+step, ..., max used to enumerate the issue. */
        public int gridSize() {
            return (int) Math.round((max - min) / step) + 1;
        }
    }
}
