package io.ultramarket.commerce.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AggregateTypeTest {

    @Test
    void aUrlMayNameATypeByItsPathNameOrItsStoredNameInAnyCase() {
        assertThat(AggregateType.parse("stock-item")).isEqualTo(AggregateType.STOCK_ITEM);
        assertThat(AggregateType.parse("StockItem")).isEqualTo(AggregateType.STOCK_ITEM);
        assertThat(AggregateType.parse("CART")).isEqualTo(AggregateType.CART);
        assertThat(AggregateType.parse("Order")).isEqualTo(AggregateType.ORDER);
    }

    @Test
    void anUnknownTypeIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> AggregateType.parse("invoice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown aggregate type 'invoice'; one of cart, order, payment, stock-item, product, customer, product-review");
    }
}
