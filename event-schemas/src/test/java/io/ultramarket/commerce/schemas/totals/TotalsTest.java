package io.ultramarket.commerce.schemas.totals;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.LineDiscount;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breakdown's rules, by worked examples: each line taxed and rounded on its own, taxes summed per rate; a
 * tax-exempt customer's lines and fee charged net of the tax they hold (ADR 0075).
 */
class TotalsTest {

    private static final Sku MUG = Sku.of("MUG-1");
    private static final Sku BOOK = Sku.of("BOOK-1");
    private static final Destination DE = Destination.of("DE");
    private static final Destination NEW_YORK = new Destination("US", "NY");
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
    @DisplayName("19% VAT included, 3 × 9.99 EUR, express shipping 9.90 EUR: 4.79 + 1.58 VAT inside a total of 39.87")
    void vatIncludedInTheLineAndTheShippingFee() {
        Totals totals = Totals.of(List.of(line(MUG, 3, "9.99", "EUR")), Map.of(MUG, DE_STANDARD),
                new ShippingQuote("parcelpost:express", money("9.90", "EUR"), DE, 3, DE_STANDARD));

        LineAmounts mugs = totals.lines().get(0);
        assertThat(mugs.lineTotal()).isEqualTo(money("29.97", "EUR"));
        assertThat(mugs.tax()).as("29.97 × 19/119 = 4.785…").isEqualTo(money("4.79", "EUR"));
        assertThat(mugs.net()).isEqualTo(money("25.18", "EUR"));
        assertThat(totals.shipping().tax()).as("9.90 × 19/119 = 1.580…").isEqualTo(money("1.58", "EUR"));
        assertThat(totals.shipping().net()).isEqualTo(money("8.32", "EUR"));
        assertThat(totals.subtotal()).isEqualTo(money("29.97", "EUR"));
        assertThat(totals.taxes()).containsExactly(new TaxAmount(DE_STANDARD, money("33.50", "EUR"), money("6.37", "EUR")));
        assertThat(totals.taxTotal()).isEqualTo(money("6.37", "EUR"));
        assertThat(totals.total()).as("gross prices: the tax is inside").isEqualTo(money("39.87", "EUR"));
        assertThat(totals.net()).isEqualTo(money("33.50", "EUR"));
        assertThat(totals.pricesIncludeTax()).isTrue();
        assertThat(totals.discounts()).as("no discounts given").isEmpty();
    }

    @Test
    @DisplayName("7% and 19% in one order, 2 × 12.99 EUR book and 1 × 9.99 EUR mug: one tax per rate, 1.70 and 1.60")
    void eachRateIsItsOwnTax() {
        Totals totals = Totals.of(List.of(line(BOOK, 2, "12.99", "EUR"), line(MUG, 1, "9.99", "EUR")),
                Map.of(BOOK, DE_REDUCED, MUG, DE_STANDARD),
                new ShippingQuote("parcelpost:standard", money("0.00", "EUR"), DE, 3, DE_STANDARD));

        assertThat(totals.taxes()).containsExactly(
                new TaxAmount(DE_REDUCED, money("24.28", "EUR"), money("1.70", "EUR")),
                new TaxAmount(DE_STANDARD, money("8.39", "EUR"), money("1.60", "EUR")));
        assertThat(totals.lines()).extracting(LineAmounts::taxRate).containsExactly(DE_REDUCED, DE_STANDARD);
        assertThat(totals.total()).isEqualTo(money("35.97", "EUR"));
    }

    @Test
    @DisplayName("Rounded per line, not on the sum: 3 lines of 0.05 EUR at 19% included carry 0.01 each, 0.03 in all")
    void taxIsRoundedPerLine() {
        Sku cap = Sku.of("CAP-1");
        Sku pin = Sku.of("PIN-1");
        Totals totals = Totals.of(
                List.of(line(MUG, 1, "0.05", "EUR"), line(cap, 1, "0.05", "EUR"), line(pin, 1, "0.05", "EUR")),
                Map.of(MUG, DE_STANDARD, cap, DE_STANDARD, pin, DE_STANDARD),
                new ShippingQuote("parcelpost:standard", money("0.00", "EUR"), DE, 3, DE_STANDARD));

        assertThat(totals.taxTotal()).as("0.15 × 19/119 would be 0.02").isEqualTo(money("0.03", "EUR"));
        assertThat(totals.total()).isEqualTo(money("0.15", "EUR"));
    }

    @Test
    @DisplayName("JPY rounds to whole yen: 1 × 1000 JPY at 19% included carries 160 yen of VAT (159.66…)")
    void yenHaveNoDecimals() {
        Totals totals = Totals.of(List.of(line(MUG, 1, "1000", "JPY")), Map.of(MUG, DE_STANDARD),
                new ShippingQuote("parcelpost:standard", money("0", "JPY"), DE, 1, DE_STANDARD));

        assertThat(totals.taxTotal()).isEqualTo(money("160", "JPY"));
        assertThat(totals.lines().get(0).net()).isEqualTo(money("840", "JPY"));
    }

    @Test
    @DisplayName("BHD 3 decimals, 8.875% added in US-NY: 2 × 1.234 BHD + 0.500 shipping = 2.468 + 0.219 + 0.500 + 0.044")
    void dinarsHaveThreeDecimals() {
        Totals totals = Totals.of(List.of(line(MUG, 2, "1.234", "BHD")), Map.of(MUG, NY),
                new ShippingQuote("parcelpost:standard", money("0.500", "BHD"), NEW_YORK, 2, NY));

        assertThat(totals.lines().get(0).tax()).as("2.468 × 8.875 % = 0.2190…").isEqualTo(money("0.219", "BHD"));
        assertThat(totals.shipping().tax()).as("0.500 × 8.875 % = 0.0443…").isEqualTo(money("0.044", "BHD"));
        assertThat(totals.total()).isEqualTo(money("3.231", "BHD"));
    }

    @Test
    @DisplayName("8.875% added to net prices in US-NY, 3 × 9.99 USD + 4.90 shipping: 2.66 + 0.43 tax on top, 37.96 in all")
    void salesTaxIsAddedToNetPrices() {
        Totals totals = Totals.of(List.of(line(MUG, 3, "9.99", "USD")), Map.of(MUG, NY),
                new ShippingQuote("parcelpost:standard", money("4.90", "USD"), NEW_YORK, 3, NY));

        assertThat(totals.lines().get(0).net()).as("the price is net").isEqualTo(money("29.97", "USD"));
        assertThat(totals.lines().get(0).tax()).isEqualTo(money("2.66", "USD"));
        assertThat(totals.lines().get(0).gross()).isEqualTo(money("32.63", "USD"));
        assertThat(totals.subtotal()).isEqualTo(money("29.97", "USD"));
        assertThat(totals.taxTotal()).isEqualTo(money("3.09", "USD"));
        assertThat(totals.total()).isEqualTo(money("37.96", "USD"));
        assertThat(totals.pricesIncludeTax()).isFalse();
    }

    @Test
    @DisplayName("Half a cent rounds up: 10% added to 0.05 EUR is 0.01")
    void halfACentRoundsUp() {
        TaxRate tenAdded = new TaxRate("XX", TaxCategory.STANDARD, new BigDecimal("10"), false);

        assertThat(tenAdded.taxIn(money("0.05", "EUR"))).isEqualTo(money("0.01", "EUR"));
        assertThat(tenAdded.taxIn(money("0.04", "EUR"))).isEqualTo(money("0.00", "EUR"));
    }

    @Test
    @DisplayName("No tax outside the shop's zones: 2 × 10.00 CHF to CH + 12.00 shipping is 32.00, untaxed")
    void noZoneNoTax() {
        Totals totals = Totals.of(List.of(line(MUG, 2, "10.00", "CHF")), Map.of(),
                new ShippingQuote("parcelpost:standard", money("12.00", "CHF"), Destination.of("CH"), 2, null));

        assertThat(totals.taxes()).isEmpty();
        assertThat(totals.taxTotal()).isEqualTo(money("0.00", "CHF"));
        assertThat(totals.total()).isEqualTo(money("32.00", "CHF"));
    }

    @Test
    void totalsKnowTheLinesTheyAreOf() {
        List<OrderLine> lines = List.of(line(MUG, 3, "9.99", "EUR"));
        Totals totals = Totals.of(lines, Map.of(), new ShippingQuote("parcelpost:standard", money("0.00", "EUR"), DE, 3, null));

        assertThat(totals.isOf(lines)).isTrue();
        assertThat(totals.isOf(List.of(line(MUG, 2, "9.99", "EUR")))).isFalse();
    }

    @Test
    void aRegionNamesItsZone() {
        assertThat(NEW_YORK.zone()).isEqualTo("US-NY");
        assertThat(DE.zone()).isEqualTo("DE");
    }

    @Test
    @DisplayName("10% off 2 × 10.00 + 1 × 20.00 EUR (2.00 + 2.00 off), 19% VAT included, 4.90 shipping: VAT 2.87 + 2.87"
            + " + 0.78 on what is paid, 40.00 − 4.00 + 4.90 = 40.90, 34.38 net of tax and discounts")
    void discountsComeOffTheLinesBeforeTheyAreTaxed() {
        UUID coupon = UUID.fromString("00000000-0000-0000-0000-00000000c001");
        Sku tee = Sku.of("TEE-1");
        Discount tenPercent = new Discount(coupon, new CouponCode("SAVE10"), "10 % off", money("4.00", "EUR"),
                money("0.00", "EUR"), List.of(new LineDiscount(MUG, money("2.00", "EUR")),
                new LineDiscount(tee, money("2.00", "EUR"))));

        Totals totals = Totals.of(List.of(line(MUG, 2, "10.00", "EUR"), line(tee, 1, "20.00", "EUR")),
                Map.of(MUG, DE_STANDARD, tee, DE_STANDARD),
                new ShippingQuote("parcelpost:standard", money("4.90", "EUR"), DE, 3, DE_STANDARD), List.of(tenPercent));

        LineAmounts mugs = totals.lines().get(0);
        assertThat(mugs.lineTotal()).as("the line as priced").isEqualTo(money("20.00", "EUR"));
        assertThat(mugs.discounts()).containsExactly(new io.ultramarket.commerce.schemas.totals.Discount(coupon.toString(),
                money("2.00", "EUR")));
        assertThat(mugs.tax()).as("18.00 × 19/119 = 2.873…").isEqualTo(money("2.87", "EUR"));
        assertThat(mugs.net()).isEqualTo(money("15.13", "EUR"));
        assertThat(mugs.gross()).as("what is paid for it").isEqualTo(money("18.00", "EUR"));
        assertThat(totals.subtotal()).isEqualTo(money("40.00", "EUR"));
        assertThat(totals.discounts()).containsExactly(new io.ultramarket.commerce.schemas.totals.Discount(
                coupon.toString(), money("4.00", "EUR")));
        assertThat(totals.shipping().tax()).isEqualTo(money("0.78", "EUR"));
        assertThat(totals.taxTotal()).isEqualTo(money("6.52", "EUR"));
        assertThat(totals.total()).isEqualTo(money("40.90", "EUR"));
        assertThat(totals.net()).isEqualTo(money("34.38", "EUR"));
        assertThat(totals.shippingPaid()).isEqualTo(money("4.90", "EUR"));
    }

    @Test
    @DisplayName("Free shipping in US-NY, 3 × 9.99 USD + 4.90 shipping at 8.875% added: the fee and its 0.43 tax are not"
            + " paid, 29.97 + 2.66 = 32.63")
    void freeShippingTakesTheFeeAndItsTaxOff() {
        UUID freeShipping = UUID.fromString("00000000-0000-0000-0000-0000000000f5");
        Discount free = new Discount(freeShipping, null, "free shipping", money("4.90", "USD"), money("4.90", "USD"),
                List.of());

        Totals totals = Totals.of(List.of(line(MUG, 3, "9.99", "USD")), Map.of(MUG, NY),
                new ShippingQuote("parcelpost:standard", money("4.90", "USD"), NEW_YORK, 3, NY), List.of(free));

        assertThat(totals.shipping().fee()).as("the fee as quoted").isEqualTo(money("4.90", "USD"));
        assertThat(totals.shipping().tax()).isEqualTo(money("0.00", "USD"));
        assertThat(totals.shippingPaid()).isEqualTo(money("0.00", "USD"));
        assertThat(totals.lines().get(0).discounts()).isEmpty();
        assertThat(totals.taxTotal()).isEqualTo(money("2.66", "USD"));
        assertThat(totals.total()).as("29.97 − 4.90 + 4.90 + 2.66").isEqualTo(money("32.63", "USD"));
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
                new ShippingQuote("parcelpost:express", money("12.00", "USD"), NEW_YORK, 3, NY),
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
