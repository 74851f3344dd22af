package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tax-exempt customer's breakdown (ADR 0075), by worked examples: gross prices charged net of the tax they hold,
 * worked out and rounded per line as for anyone, net prices charged as they are; no tax anywhere, and the exemption
 * recorded.
 */
class TaxExemptTotalsTest {

    private static final Sku MUG = Sku.of("MUG-1");
    private static final Sku BOOK = Sku.of("BOOK-1");
    private static final Destination DE = Destination.of("DE");
    private static final TaxRate DE_STANDARD = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
    private static final TaxRate DE_REDUCED = new TaxRate("DE", TaxCategory.REDUCED, new BigDecimal("7"), true);
    private static final TaxRate NY = new TaxRate("US-NY", TaxCategory.STANDARD, new BigDecimal("8.875"), false);
    private static final TaxExemption EXEMPT = TaxExemption.ofCustomer();

    private static OrderLine line(Sku sku, int quantity, String unitPrice, String currency) {
        return new OrderLine(sku, Quantity.of(quantity), Money.of(unitPrice, currency));
    }

    private static Money money(String amount, String currency) {
        return Money.of(amount, currency);
    }

    @Test
    @DisplayName("Exempt in DE, 3 × 9.99 EUR with 19% inside, express 9.90 EUR: charged 25.18 + 8.32 = 33.50, no VAT")
    void grossPricesAreChargedNetOfTheTaxTheyHold() {
        List<OrderLine> lines = List.of(line(MUG, 3, "9.99", "EUR"));
        ShippingQuote express = new ShippingQuote("parcelpost:express", money("9.90", "EUR"), DE, 3, DE_STANDARD);

        Totals totals = Totals.of(lines, Map.of(MUG, DE_STANDARD), express, List.of(), EXEMPT);

        LineAmounts mugs = totals.lines().get(0);
        assertThat(mugs.lineTotal()).as("shown gross, as the zone shows prices").isEqualTo(money("29.97", "EUR"));
        assertThat(mugs.net()).as("29.97 − round(29.97 × 19/119 = 4.785…)").isEqualTo(money("25.18", "EUR"));
        assertThat(mugs.tax()).isEqualTo(money("0.00", "EUR"));
        assertThat(mugs.taxRate()).as("no tax applies").isNull();
        assertThat(mugs.gross()).isEqualTo(money("25.18", "EUR"));
        assertThat(totals.shipping().net()).as("9.90 − round(9.90 × 19/119 = 1.580…)").isEqualTo(money("8.32", "EUR"));
        assertThat(totals.shipping().tax()).isEqualTo(money("0.00", "EUR"));
        assertThat(totals.shippingPaid()).isEqualTo(money("8.32", "EUR"));
        assertThat(totals.subtotal()).isEqualTo(money("29.97", "EUR"));
        assertThat(totals.taxes()).isEmpty();
        assertThat(totals.taxTotal()).isEqualTo(money("0.00", "EUR"));
        assertThat(totals.total()).as("what anyone else pays (39.87) less its VAT (6.37)").isEqualTo(money("33.50", "EUR"));
        assertThat(totals.net()).isEqualTo(totals.total());
        assertThat(totals.taxExemption()).isEqualTo(new TaxExemption("customer-tax-exempt"));
    }

    @Test
    @DisplayName("Exempt in DE, 2 × 12.99 EUR book at 7% and 9.99 EUR mug at 19%, free parcel: 24.28 + 8.39 = 32.67")
    void eachLineGivesUpTheTaxOfItsOwnRate() {
        Totals totals = Totals.of(List.of(line(BOOK, 2, "12.99", "EUR"), line(MUG, 1, "9.99", "EUR")),
                Map.of(BOOK, DE_REDUCED, MUG, DE_STANDARD),
                new ShippingQuote("parcelpost:standard", money("0.00", "EUR"), DE, 3, DE_STANDARD), List.of(), EXEMPT);

        assertThat(totals.lines()).extracting(LineAmounts::net)
                .as("25.98 − 1.70 and 9.99 − 1.60").containsExactly(money("24.28", "EUR"), money("8.39", "EUR"));
        assertThat(totals.total()).isEqualTo(money("32.67", "EUR"));
        assertThat(totals.taxes()).isEmpty();
    }

    @Test
    @DisplayName("Exempt in US-NY, 3 × 9.99 USD + 12.00 express: no 8.875% added, 29.97 + 12.00 = 41.97")
    void netPricesGetNoTaxAdded() {
        Totals totals = Totals.of(List.of(line(MUG, 3, "9.99", "USD")), Map.of(MUG, NY),
                new ShippingQuote("parcelpost:express", money("12.00", "USD"), new Destination("US", "NY"), 3, NY),
                List.of(), EXEMPT);

        assertThat(totals.lines().get(0).net()).isEqualTo(money("29.97", "USD"));
        assertThat(totals.shipping().net()).isEqualTo(money("12.00", "USD"));
        assertThat(totals.total()).isEqualTo(money("41.97", "USD"));
        assertThat(totals.taxTotal()).isEqualTo(money("0.00", "USD"));
        assertThat(totals.pricesIncludeTax()).isFalse();
    }

    @Test
    @DisplayName("Exempt, 3 × 1000 JPY with 10% inside: rounded to the yen, 3000 − round(272.7…) = 2727 JPY")
    void theTaxTakenOutIsRoundedToTheCurrencysMinorUnit() {
        TaxRate tenInside = new TaxRate("JP", TaxCategory.STANDARD, BigDecimal.TEN, true);
        Totals totals = Totals.of(List.of(line(MUG, 3, "1000", "JPY")), Map.of(MUG, tenInside),
                new ShippingQuote("parcelpost:standard", money("0", "JPY"), Destination.of("JP"), 3, tenInside),
                List.of(), EXEMPT);

        assertThat(totals.total()).isEqualTo(money("2727", "JPY"));
    }

    @Test
    @DisplayName("Not exempt, the same DE order: 39.87 with 6.37 VAT inside and no exemption recorded")
    void withoutAnExemptionNothingChanges() {
        Totals totals = Totals.of(List.of(line(MUG, 3, "9.99", "EUR")), Map.of(MUG, DE_STANDARD),
                new ShippingQuote("parcelpost:express", money("9.90", "EUR"), DE, 3, DE_STANDARD), List.of(), null);

        assertThat(totals.total()).isEqualTo(money("39.87", "EUR"));
        assertThat(totals.taxTotal()).isEqualTo(money("6.37", "EUR"));
        assertThat(totals.taxExemption()).isNull();
    }
}
