package io.ultramarket.commerce.query.order;

import java.util.List;

/** One page of a customer's orders, newest first; {@code page} counts from 0, {@code total} is over all pages. */
public record OrderHistoryPage(List<OrderSummary> items, int page, int size, long total) {

    public OrderHistoryPage {
        items = List.copyOf(items);
    }
}
