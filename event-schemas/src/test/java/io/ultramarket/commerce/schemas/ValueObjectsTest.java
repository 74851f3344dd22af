package io.ultramarket.commerce.schemas;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ValueObjectsTest {

    @Test
    void moneyIsKeptAtTheCurrencyMinorUnitSoEqualAmountsAreEqual() {
        assertThat(Money.of("12.3", "EUR")).isEqualTo(Money.of("12.30", "EUR"));
        assertThat(Money.of("500", "JPY").amount()).isEqualTo(new BigDecimal("500"));
    }

    @Test
    void moneyRejectsNegativeAmountsUnknownCurrenciesAndFractionsBelowTheMinorUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("-1.00", "EUR"))
                .withMessageContaining("must not be negative");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "XYZ"))
                .withMessageContaining("unknown currency 'XYZ'");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.005", "EUR"))
                .withMessageContaining("more than 2 decimal places");
        assertThatIllegalArgumentException().isThrownBy(() -> Money.of("abc", "EUR"))
                .withMessageContaining("not a decimal number");
    }

    @Test
    void moneyArithmeticRefusesToMixCurrencies() {
        Money euros = Money.of("10.00", "EUR");
        assertThat(euros.times(3).plus(Money.of("0.50", "EUR"))).isEqualTo(Money.of("30.50", "EUR"));
        assertThatIllegalArgumentException().isThrownBy(() -> euros.plus(Money.zero(Currency.getInstance("USD"))))
                .withMessageContaining("cannot combine EUR with USD");
    }

    @Test
    void quantitiesArePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(0)).withMessageContaining("at least 1");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantity.of(-5)).withMessageContaining("at least 1");
        assertThat(Quantity.of(2).plus(Quantity.of(3))).isEqualTo(Quantity.of(5));
    }

    @Test
    void skusAreNeverBlankAndHaveAPortableShape() {
        assertThatIllegalArgumentException().isThrownBy(() -> Sku.of(" ")).withMessageContaining("must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Sku.of("A B")).withMessageContaining("letters, digits");
        assertThat(Sku.of("TSHIRT-RED-M").value()).isEqualTo("TSHIRT-RED-M");
    }

    @Test
    void aStockItemIsNamedBySkuAndWarehouse() {
        StockItemId id = StockItemId.of("TSHIRT-RED-M", "BER-1");
        assertThat(id.toString()).isEqualTo("TSHIRT-RED-M@BER-1");
        assertThat(StockItemId.parse("TSHIRT-RED-M@BER-1")).isEqualTo(id);
        assertThatIllegalArgumentException().isThrownBy(() -> StockItemId.parse("TSHIRT")).withMessageContaining("SKU@WAREHOUSE");
    }

    @Test
    void addressesNeedTheirPartsAndAnIsoCountry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Address("Ada", "Main St 1", null, "10115", "Berlin", "Germany"))
                .withMessageContaining("ISO 3166-1 alpha-2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Address(" ", "Main St 1", null, "10115", "Berlin", "DE"))
                .withMessageContaining("recipient must not be blank");
        assertThat(new Address("Ada", "Main St 1", null, "10115", "Berlin", "DE").country()).isEqualTo("DE");
    }
}
