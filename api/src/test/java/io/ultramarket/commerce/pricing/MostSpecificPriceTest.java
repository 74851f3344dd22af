package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.query.catalog.CatalogPrices.CatalogPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which price a buyer pays, in worked examples: a mug at 9.90 EUR of its own, and what its price lists add. */
class MostSpecificPriceTest {

    private static final Sku MUG = Sku.of("MUG-1");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final CustomerGroup B2B = CustomerGroup.of("b2b");
    private static final Instant TODAY = Instant.parse("2026-12-03T12:00:00Z");
    private static final Instant TOMORROW = TODAY.plus(Duration.ofDays(1));
    private static final Optional<CustomerGroup> NO_GROUP = Optional.empty();

    private static CatalogPrice mug(VariantPrice... listed) {
        return new CatalogPrice(MUG, Money.of("9.90", "EUR"), List.of(listed));
    }

    private static VariantPrice price(String amount, String currency, CustomerGroup group, Instant from, Instant until) {
        return new VariantPrice(MUG, Money.of(amount, currency), group, from, until);
    }

    @Test
    void withoutPriceListsTheMugCosts990EurFromTheCatalog() {
        assertThat(MostSpecificPrice.of(mug(), EUR, NO_GROUP, TODAY))
                .contains(PriceQuote.fromCatalog(MUG, Money.of("9.90", "EUR")));
    }

    @Test
    void groupPriceWinsOverListPrice() {
        CatalogPrice mug = mug(price("11.00", "USD", null, null, null), price("8.00", "USD", B2B, null, null));

        assertThat(MostSpecificPrice.of(mug, USD, Optional.of(B2B), TODAY))
                .contains(new PriceQuote(MUG, Money.of("8.00", "USD"), "group-b2b-USD"));
        assertThat(MostSpecificPrice.of(mug, USD, NO_GROUP, TODAY))
                .contains(new PriceQuote(MUG, Money.of("11.00", "USD"), "list-USD"));
        assertThat(MostSpecificPrice.of(mug, USD, Optional.of(CustomerGroup.of("staff")), TODAY))
                .as("another group pays everyone's price")
                .contains(new PriceQuote(MUG, Money.of("11.00", "USD"), "list-USD"));
    }

    @Test
    void aListedEurSalePriceOf790WinsOverTheMugsOwn990WhileItLasts() {
        CatalogPrice mug = mug(price("7.90", "EUR", null, TODAY.minusSeconds(3600), TOMORROW));

        assertThat(MostSpecificPrice.of(mug, EUR, NO_GROUP, TODAY))
                .contains(new PriceQuote(MUG, Money.of("7.90", "EUR"), "list-EUR"));
        assertThat(MostSpecificPrice.of(mug, EUR, NO_GROUP, TOMORROW))
                .contains(PriceQuote.fromCatalog(MUG, Money.of("9.90", "EUR")));
    }

    @Test
    void priceValidFromTomorrowNotUsedToday() {
        CatalogPrice mug = mug(price("10.00", "USD", null, TOMORROW, null), price("7.00", "USD", B2B, TOMORROW, null));

        assertThat(MostSpecificPrice.of(mug, USD, Optional.of(B2B), TODAY)).isEmpty();
        assertThat(MostSpecificPrice.of(mug, USD, Optional.of(B2B), TOMORROW))
                .contains(new PriceQuote(MUG, Money.of("7.00", "USD"), "group-b2b-USD"));
    }

    @Test
    void anExpiredGroupPriceFallsBackToTheListPrice() {
        CatalogPrice mug = mug(price("11.00", "USD", null, null, null), price("8.00", "USD", B2B, null, TODAY));

        assertThat(MostSpecificPrice.of(mug, USD, Optional.of(B2B), TODAY))
                .contains(new PriceQuote(MUG, Money.of("11.00", "USD"), "list-USD"));
    }

    @Test
    void aMugPricedOnlyInEurHasNoPriceInJpy() {
        assertThat(MostSpecificPrice.of(mug(price("11.00", "USD", null, null, null)), JPY, NO_GROUP, TODAY)).isEmpty();
    }
}
