package dev.parley.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies of maps that keep the scenario file's order, so that reports and results are deterministic. */
final class OrderedMaps {

    private OrderedMaps() {
    }

    static <K, V> Map<K, V> copy(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
