package io.ultramarket.commerce.tax;

import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.common.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.ultramarket.commerce.schemas.totals.TaxCategory.REDUCED;
import static io.ultramarket.commerce.schemas.totals.TaxCategory.STANDARD;
import static io.ultramarket.commerce.schemas.totals.TaxCategory.ZERO;
import static org.assertj.core.api.Assertions.assertThat;

/** Which rate a product is taxed at (ADR 0065, 0075): its own tax category, else its catalog category's, else the default. */
class TaxRatesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-06-01");
    private static final Destination GERMANY = Destination.of("DE");
    private final TaxRates taxes = new TaxRates(new TaxProperties(
            Map.of("DE", new TaxProperties.Zone(true, List.of(
                    new TaxProperties.Rate(STANDARD, new BigDecimal("19"), LocalDate.parse("2007-01-01"), null),
                    new TaxProperties.Rate(REDUCED, new BigDecimal("7"), LocalDate.parse("1983-07-01"), null),
                    new TaxProperties.Rate(ZERO, BigDecimal.ZERO, LocalDate.parse("2007-01-01"), null)))),
            Map.of("books", REDUCED, "gift-cards", ZERO), STANDARD));

    private TaxRate rateInGermany(TaxCategory own, String catalogCategory) {
        return taxes.rateOf(taxes.categoryOf(own, catalogCategory), GERMANY, DAY).orElseThrow();
    }

    @Test
    void bookSetInGiftsSetReducedOnTheProduct_DE7PercentInside19_99Is1_31() {
        TaxRate rate = rateInGermany(REDUCED, "gifts/sets");

        assertThat(rate.category()).isEqualTo(REDUCED);
        assertThat(rate.taxIn(Money.of("19.99", "EUR"))).isEqualTo(Money.of("1.31", "EUR"));
    }

    @Test
    void novelWithoutATaxCategoryOfItsOwnFollowsBooks_DE7PercentInside12_99Is0_85() {
        TaxRate rate = rateInGermany(null, "books/novels");

        assertThat(rate.category()).isEqualTo(REDUCED);
        assertThat(rate.taxIn(Money.of("12.99", "EUR"))).isEqualTo(Money.of("0.85", "EUR"));
    }

    @Test
    void giftCardSetStandardOnTheProductWinsOverGiftCardsZero_DE19PercentInside25_00Is3_99() {
        TaxRate rate = rateInGermany(STANDARD, "gift-cards/birthday");

        assertThat(rate.category()).isEqualTo(STANDARD);
        assertThat(rate.taxIn(Money.of("25.00", "EUR"))).isEqualTo(Money.of("3.99", "EUR"));
    }

    @Test
    void mugWithNeitherIsTheDefaultStandard_DE19PercentInside19_99Is3_19() {
        TaxRate rate = rateInGermany(null, "kitchen/mugs");

        assertThat(rate.category()).isEqualTo(STANDARD);
        assertThat(rate.taxIn(Money.of("19.99", "EUR"))).isEqualTo(Money.of("3.19", "EUR"));
    }
}
