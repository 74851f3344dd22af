package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion.Reason;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.AmountOff;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.BuyXGetY;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.FreeShipping;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer.PercentageOff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The calculator's rules, each with a worked example (ADR 0066). */
class DiscountCalculatorTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ItemSelection ALL = ItemSelection.WHOLE_ORDER;

    @Test
    @DisplayName("10% off 3 × 9.99 EUR is 3.00 EUR (2.997 rounded half up once, on the sum)")
    void tenPercentOffThreeTimesNineNinetyNine() {
        var result = discounts(basket("0.00", line("MUG", "kitchen/mugs", 3, "9.99", "EUR")), percent("10", ALL, 1));

        assertThat(result.total()).isEqualTo(eur("3.00"));
        assertThat(result.onLine(Sku.of("MUG"))).isEqualTo(eur("3.00"));
        assertThat(result.declined()).isEmpty();
    }

    @Test
    @DisplayName("buy 2 get 1 free on the cheapest: 10.00 + 8.00 + 5.00 EUR, the 5.00 is free")
    void buyTwoGetOneFreeOnTheCheapest() {
        var result = discounts(basket("0.00", line("A", null, 1, "10.00", "EUR"), line("B", null, 1, "8.00", "EUR"),
                line("C", null, 1, "5.00", "EUR")), offered(new BuyXGetY(2, 1, ALL), 1));

        assertThat(result.total()).isEqualTo(eur("5.00"));
        assertThat(result.discounts().get(0).lines()).containsExactly(new LineDiscount(Sku.of("C"), eur("5.00")));
    }

    @Test
    @DisplayName("buy 2 get 1 free on 7 × 4.00 EUR frees 2 units: 8.00 EUR; 2 units free nothing")
    void buyTwoGetOneFreeCountsWholeGroupsOnly() {
        assertThat(discounts(basket("0.00", line("A", null, 7, "4.00", "EUR")), offered(new BuyXGetY(2, 1, ALL), 1)).total())
                .isEqualTo(eur("8.00"));
        assertThat(discounts(basket("0.00", line("A", null, 2, "4.00", "EUR")), offered(new BuyXGetY(2, 1, ALL), 1)).declined())
                .extracting(DeclinedPromotion::reason).containsExactly(Reason.NOTHING_TO_DISCOUNT);
    }

    @Test
    @DisplayName("minimum order 50 EUR not reached at 49.99 EUR; reached at exactly 50.00 EUR")
    void minimumOrderFiftyEuros() {
        var terms = new PromotionTerms("5 off from 50", new AmountOff(eur("5.00"), ALL), eur("50.00"), null, null);
        var promotion = new OfferedPromotion(id(1), null, true, terms);

        var below = discounts(basket("0.00", line("A", null, 1, "49.99", "EUR")), promotion);
        var reached = discounts(basket("0.00", line("A", null, 1, "50.00", "EUR")), promotion);

        assertThat(below.discounts()).isEmpty();
        assertThat(below.declined()).containsExactly(new DeclinedPromotion(id(1), null, Reason.MINIMUM_NOT_REACHED));
        assertThat(reached.total()).isEqualTo(eur("5.00"));
    }

    @Test
    @DisplayName("coupon expired at its until instant; not yet valid before its from instant; inactive when switched off")
    void couponExpiredNotYetValidOrInactive() {
        CouponCode code = CouponCode.of("WINTER");
        var expired = new PromotionTerms("Winter", new PercentageOff(BigDecimal.TEN, ALL), null,
                new ValidityWindow(null, NOW), null);
        var future = new PromotionTerms("Spring", new PercentageOff(BigDecimal.TEN, ALL), null,
                new ValidityWindow(NOW.plusSeconds(1), null), null);
        var current = new PromotionTerms("Now", new PercentageOff(BigDecimal.TEN, ALL), null,
                new ValidityWindow(NOW, NOW.plusSeconds(1)), null);

        var result = discounts(basket("0.00", line("A", null, 1, "10.00", "EUR")),
                new OfferedPromotion(id(1), code, true, expired), new OfferedPromotion(id(2), null, true, future),
                new OfferedPromotion(id(3), null, false, current), new OfferedPromotion(id(4), null, true, current));

        assertThat(result.declined()).containsExactly(new DeclinedPromotion(id(1), code, Reason.EXPIRED),
                new DeclinedPromotion(id(2), null, Reason.NOT_YET_VALID), new DeclinedPromotion(id(3), null, Reason.INACTIVE));
        assertThat(result.discounts()).extracting(Discount::promotionId).containsExactly(id(4));
    }

    @Test
    @DisplayName("fixed 5 EUR shared out over lines by value: 10, 20, 30 EUR carry 0.83, 1.67, 2.50 (the left-over cent to the largest fraction)")
    void fixedFiveEurosSharedOutOverLinesByValue() {
        var result = discounts(basket("0.00", line("A", null, 1, "10.00", "EUR"), line("B", null, 1, "20.00", "EUR"),
                line("C", null, 1, "30.00", "EUR")), offered(new AmountOff(eur("5.00"), ALL), 1));

        assertThat(result.discounts().get(0).lines()).containsExactly(new LineDiscount(Sku.of("A"), eur("0.83")),
                new LineDiscount(Sku.of("B"), eur("1.67")), new LineDiscount(Sku.of("C"), eur("2.50")));
        assertThat(result.total()).isEqualTo(eur("5.00"));
    }

    @Test
    @DisplayName("0.10 EUR over three lines of 1.00 EUR: equal fractions and values, the left-over cent to the first line")
    void equalFractionsGiveTheLeftOverToTheEarlierLine() {
        var result = discounts(basket("0.00", line("A", null, 1, "1.00", "EUR"), line("B", null, 1, "1.00", "EUR"),
                line("C", null, 1, "1.00", "EUR")), offered(new AmountOff(eur("0.10"), ALL), 1));

        assertThat(result.discounts().get(0).lines()).extracting(LineDiscount::amount)
                .containsExactly(eur("0.04"), eur("0.03"), eur("0.03"));
    }

    @Test
    @DisplayName("fixed 5 EUR off a chosen SKU that costs 3.00 EUR takes 3.00 EUR, never more than the items")
    void fixedAmountOffChosenItemsIsCappedAtTheirValue() {
        var onMug = new ItemSelection(List.of(Sku.of("MUG")), List.of());
        var result = discounts(basket("0.00", line("MUG", null, 1, "3.00", "EUR"), line("TEA", null, 1, "20.00", "EUR")),
                offered(new AmountOff(eur("5.00"), onMug), 1));

        assertThat(result.discounts().get(0).lines()).containsExactly(new LineDiscount(Sku.of("MUG"), eur("3.00")));
    }

    @Test
    @DisplayName("20% off category kitchen takes in kitchen/mugs, not garden: 20% of 2 × 12.50 EUR = 5.00 EUR")
    void percentageOffACategoryTakesInItsSubcategories() {
        var kitchen = new ItemSelection(List.of(), List.of(CategoryPath.of("kitchen")));
        var result = discounts(basket("0.00", line("MUG", "kitchen/mugs", 2, "12.50", "EUR"),
                line("RAKE", "garden", 1, "30.00", "EUR")), percent("20", kitchen, 1));

        assertThat(result.discounts().get(0).lines()).containsExactly(new LineDiscount(Sku.of("MUG"), eur("5.00")));
        assertThat(result.onLine(Sku.of("RAKE"))).isEqualTo(eur("0.00"));
    }

    @Test
    @DisplayName("nothing to discount when no line is in the chosen SKUs")
    void noMatchingItemsIsDeclined() {
        var result = discounts(basket("0.00", line("TEA", null, 1, "20.00", "EUR")),
                percent("20", new ItemSelection(List.of(Sku.of("MUG")), List.of()), 1));

        assertThat(result.declined()).extracting(DeclinedPromotion::reason).containsExactly(Reason.NOTHING_TO_DISCOUNT);
    }

    @Test
    @DisplayName("free shipping takes the 4.90 EUR fee off, up to a cap of 3.00 EUR when it has one; nothing when there is no fee")
    void freeShippingDiscountsTheShippingFee() {
        var free = discounts(basket("4.90", line("A", null, 1, "10.00", "EUR")), offered(new FreeShipping(null), 1));
        var capped = discounts(basket("4.90", line("A", null, 1, "10.00", "EUR")), offered(new FreeShipping(eur("3.00")), 1));
        var noFee = discounts(basket("0.00", line("A", null, 1, "10.00", "EUR")), offered(new FreeShipping(null), 1));

        assertThat(free.onShipping()).isEqualTo(eur("4.90"));
        assertThat(free.discounts().get(0).lines()).isEmpty();
        assertThat(capped.onShipping()).isEqualTo(eur("3.00"));
        assertThat(noFee.declined()).extracting(DeclinedPromotion::reason).containsExactly(Reason.NOTHING_TO_DISCOUNT);
    }

    @Test
    @DisplayName("15% off 3 × 333 JPY is 150 JPY (149.85 rounded to the yen); 10% off 1.005 BHD is 0.101 BHD (3 decimals)")
    void roundingToTheCurrencysMinorUnit() {
        assertThat(discounts(basket("0", line("A", null, 3, "333", "JPY")), percent("15", ALL, 1)).total())
                .isEqualTo(Money.of("150", "JPY"));
        assertThat(discounts(basket("0.000", line("A", null, 1, "1.005", "BHD")), percent("10", ALL, 1)).total())
                .isEqualTo(Money.of("0.101", "BHD"));
    }

    @Test
    @DisplayName("a 5 EUR promotion is declined on a JPY order; a percentage applies in any currency")
    void amountsInAnotherCurrencyAreDeclined() {
        var result = discounts(basket("0", line("A", null, 1, "1000", "JPY")),
                offered(new AmountOff(eur("5.00"), ALL), 1), percent("10", ALL, 2));

        assertThat(result.declined()).extracting(DeclinedPromotion::reason).containsExactly(Reason.OTHER_CURRENCY);
        assertThat(result.total()).isEqualTo(Money.of("100", "JPY"));
    }

    @Test
    @DisplayName("10% then 5 EUR on 2 × 25.00 EUR: 5.00 then 5.00 on what is left, the same whatever order they are given in")
    void promotionsStackInAFixedOrder() {
        var basket = basket("4.90", line("A", null, 1, "25.00", "EUR"), line("B", null, 1, "25.00", "EUR"));
        var fixed = offered(new AmountOff(eur("5.00"), ALL), 1);
        var tenPercent = percent("10", ALL, 2);
        var shipping = offered(new FreeShipping(null), 3);

        var oneWay = discounts(basket, fixed, shipping, tenPercent);
        var otherWay = discounts(basket, tenPercent, fixed, shipping);

        assertThat(oneWay).isEqualTo(otherWay);
        assertThat(oneWay.discounts()).extracting(Discount::promotionId).containsExactly(id(2), id(1), id(3));
        assertThat(oneWay.total()).isEqualTo(eur("14.90"));
        assertThat(oneWay.onLine(Sku.of("A"))).isEqualTo(eur("5.00"));
    }

    @Test
    @DisplayName("100% off then 5 EUR: nothing is left for the second, which is declined; no line goes below zero")
    void noLineGoesBelowZero() {
        var result = discounts(basket("0.00", line("A", null, 1, "8.00", "EUR")), percent("100", ALL, 1),
                offered(new AmountOff(eur("5.00"), ALL), 2));

        assertThat(result.total()).isEqualTo(eur("8.00"));
        assertThat(result.declined()).extracting(DeclinedPromotion::reason).containsExactly(Reason.NOTHING_TO_DISCOUNT);
    }

    @Test
    @DisplayName("the shares of a discount over 37 lines of odd prices add up to it exactly and never exceed a line")
    void sharesAlwaysAddUpToTheDiscount() {
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 1; i <= 37; i++) {
            lines.add(line("SKU-" + i, null, i % 4 + 1, BigDecimal.valueOf(i * 37L % 1000 + 1, 2).toPlainString(), "EUR"));
        }
        var basket = new PricedBasket(lines, eur("0.00"));
        var result = discounts(basket, offered(new AmountOff(eur("7.77"), ALL), 1));

        Money shared = result.discounts().get(0).lines().stream().map(LineDiscount::amount).reduce(eur("0.00"), Money::plus);
        assertThat(shared).isEqualTo(eur("7.77"));
        assertThat(lines).allSatisfy(line -> assertThat(line.total().isGreaterThan(result.onLine(line.sku()))
                || line.total().equals(result.onLine(line.sku()))).isTrue());
    }

    private static AppliedDiscounts discounts(PricedBasket basket, OfferedPromotion... promotions) {
        return DiscountCalculator.discounts(basket, List.of(promotions), NOW);
    }

    private static PricedBasket basket(String shipping, PricedLine... lines) {
        return new PricedBasket(List.of(lines), Money.of(shipping, lines[0].unitPrice().currency().getCurrencyCode()));
    }

    private static PricedLine line(String sku, String category, int quantity, String price, String currency) {
        return new PricedLine(Sku.of(sku), category == null ? null : CategoryPath.of(category), Quantity.of(quantity),
                Money.of(price, currency));
    }

    private static OfferedPromotion percent(String percent, ItemSelection items, int id) {
        return offered(new PercentageOff(new BigDecimal(percent), items), id);
    }

    private static OfferedPromotion offered(PromotionOffer offer, int id) {
        return new OfferedPromotion(id(id), null, true, new PromotionTerms("promotion " + id, offer, null, null, null));
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
