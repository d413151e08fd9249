package dev.parley.model;

import java.time.YearMonth;
import java.util.List;

/**
 * Scenario metadata. Month 0 of every model is {@code start}; the models look {@code horizonMonths} ahead and
 * discount the future by {@code discountPerMonth} per month.
 */
public record ScenarioInfo(String id, String title, String description, YearMonth start, int horizonMonths,
        Param discountPerMonth, List<String> sources) {

    public ScenarioInfo {
        sources = List.copyOf(sources);
    }
}
