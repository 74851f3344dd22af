package io.ultramarket.commerce.query.audit;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of aggregate whose events the store holds. The stored name is what Axon writes into the
 * {@code type} column (the aggregate class's simple name); the path name is how a URL spells it.
 */
public enum AggregateType {

    CART("Cart", "cart"),
    ORDER("Order", "order"),
    PAYMENT("Payment", "payment"),
    STOCK_ITEM("StockItem", "stock-item"),
    PRODUCT("Product", "product"),
    CUSTOMER("Customer", "customer"),
    PRODUCT_REVIEW("ProductReview", "product-review");

    private final String storedName;
    private final String pathName;

    AggregateType(String storedName, String pathName) {
        this.storedName = storedName;
        this.pathName = pathName;
    }

    public String storedName() {
        return storedName;
    }

    @JsonValue
    public String pathName() {
        return pathName;
    }

    /** Accepts the path name or the stored name in any case: {@code stock-item}, {@code StockItem}, {@code CART}. */
    public static AggregateType parse(String text) {
        return Arrays.stream(values())
                .filter(type -> type.pathName.equalsIgnoreCase(text) || type.storedName.equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown aggregate type '" + text + "'; one of "
                        + Arrays.stream(values()).map(AggregateType::pathName).collect(Collectors.joining(", "))));
    }
}
