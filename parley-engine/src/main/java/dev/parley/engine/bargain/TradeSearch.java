package dev.parley.engine.bargain;

import java.util.List;

/**
 * The result of a trade search.
 *
 * @param trades     the best trades, by joint gain descending
 * @param totalFound how many improving trades exist in total (more than {@code trades.size()} when the list was
 *                   cut to the requested number; the count says so explicitly)
 */
public record TradeSearch(List<Trade> trades, long totalFound) {
    public TradeSearch {
        trades = List.copyOf(trades);
    }
}
