package io.ultramarket.commerce.projections.cart;

import io.ultramarket.commerce.projections.columns.LineItem;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A cart's lines in the order the shopper added them, changed the way the Cart aggregate changes its own:
 * adding a SKU already there sets the line's quantity and unit price, a quantity change keeps the price.
 */
record CartLines(List<OrderLine> lines) {

    CartLines {
        lines = List.copyOf(lines);
    }

    static CartLines of(List<LineItem> items) {
        return new CartLines(items.stream().map(LineItem::toOrderLine).toList());
    }

    CartLines withAdded(Sku sku, Quantity lineQuantity, Money unitPrice) {
        var line = new OrderLine(sku, lineQuantity, unitPrice);
        List<OrderLine> changed = new ArrayList<>(lines);
        int index = indexOf(sku);
        if (index < 0) {
            changed.add(line);
        } else {
            changed.set(index, line);
        }
        return new CartLines(changed);
    }

    CartLines withQuantity(Sku sku, Quantity quantity) {
        int index = indexOf(sku);
        if (index < 0) {
            return this;
        }
        List<OrderLine> changed = new ArrayList<>(lines);
        changed.set(index, new OrderLine(sku, quantity, lines.get(index).unitPrice()));
        return new CartLines(changed);
    }

    CartLines without(Sku sku) {
        return new CartLines(lines.stream().filter(line -> !line.sku().equals(sku)).toList());
    }

    /** Empty for an empty cart, which has no currency yet. */
    Optional<Money> total() {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus);
    }

    int itemCount() {
        return lines.stream().mapToInt(line -> line.quantity().value()).sum();
    }

    List<LineItem> items() {
        return lines.stream().map(LineItem::of).toList();
    }

    private int indexOf(Sku sku) {
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).sku().equals(sku)) {
                return index;
            }
        }
        return -1;
    }
}
