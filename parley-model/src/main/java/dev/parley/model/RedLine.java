package dev.parley.model;

import java.util.List;

/**
 * Outcomes an actor will not accept whatever else it gets: listed options of a discrete issue, or a value outside
 * [min, max] of a continuous one.
 */
public sealed interface RedLine {

    String issue();

    String source();

    record Options(String issue, List<String> options, String source) implements RedLine {
        public Options {
            options = List.copyOf(options);
        }
    }

    record Range(String issue, double min, double max, String source) implements RedLine {
    }
}
