package io.ultramarket.commerce.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.stock.StockReserved;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireFormatTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void moneyTravelsAsADecimalStringAndACurrencyCode() throws Exception {
        assertThat(json.writeValueAsString(Money.of("12.30", "EUR"))).isEqualTo("{\"amount\":\"12.30\",\"currency\":\"EUR\"}");
        assertThat(json.readValue("{\"amount\":\"12.3\",\"currency\":\"EUR\"}", Money.class)).isEqualTo(Money.of("12.30", "EUR"));
    }

    @Test
    void singleValueObjectsTravelAsPlainValues() throws Exception {
        UUID order = UUID.fromString("00000000-0000-0000-0000-000000000001");
        StockReserved event = new StockReserved(StockItemId.of("SKU-1", "BER-1"), order, Quantity.of(2), 8);
        String text = json.writeValueAsString(event);
        assertThat(text).isEqualTo("{\"stockItemId\":\"SKU-1@BER-1\",\"orderId\":\"" + order + "\",\"quantity\":2,\"available\":8}");
        assertThat(json.readValue(text, StockReserved.class)).isEqualTo(event);
    }

    @Test
    void invalidValuesAreRejectedWhileReadingWithTheirOwnMessage() {
        assertThatThrownBy(() -> json.readValue("\"\"", Sku.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("SKU must not be blank");
        assertThatThrownBy(() -> json.readValue("-3", Quantity.class))
                .isInstanceOf(ValueInstantiationException.class).hasMessageContaining("quantity must be at least 1");
    }
}
