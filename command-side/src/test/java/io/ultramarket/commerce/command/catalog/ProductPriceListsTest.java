package io.ultramarket.commerce.command.catalog;

import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.catalog.ProductCreated;
import io.ultramarket.commerce.schemas.catalog.ProductVariant;
import io.ultramarket.commerce.schemas.catalog.RemoveVariantPrice;
import io.ultramarket.commerce.schemas.catalog.SetVariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPriceListed;
import io.ultramarket.commerce.schemas.catalog.VariantPriceRemoved;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A variant's prices on price lists: per currency and customer group, with windows that never overlap. */
class ProductPriceListsTest {

    private static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    private static final Sku MUG = Sku.of("MUG-1");
    private static final CustomerGroup B2B = CustomerGroup.of("b2b");
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    private FixtureConfiguration<Product> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Product.class);
    }

    private static ProductCreated created() {
        return new ProductCreated(PRODUCT, "Mug", "", CategoryPath.of("kitchen/mugs"),
                List.of(new ProductVariant(MUG, Money.of("9.90", "EUR"), Map.of())), null);
    }

    private static VariantPrice usd(String amount, CustomerGroup group, Instant from, Instant until) {
        return new VariantPrice(MUG, Money.of(amount, "USD"), group, from, until);
    }

    private static VariantPriceListed listed(VariantPrice price) {
        return new VariantPriceListed(PRODUCT, price);
    }

    @Test
    void aMugGetsAPriceOf1050UsdBesideItsOwn990Eur() {
        fixture.given(created())
                .when(new SetVariantPrice(PRODUCT, usd("10.50", null, null, null)))
                .expectEvents(listed(usd("10.50", null, null, null)));
    }

    @Test
    void januarysPriceAndFebruarysPriceFollowEachOther() {
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)))
                .when(new SetVariantPrice(PRODUCT, usd("9.50", null, FEB, MAR)))
                .expectEvents(listed(usd("9.50", null, FEB, MAR)));
    }

    @Test
    void aPriceFromMidJanuaryOverlapsJanuarysAndIsRefused() {
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)))
                .when(new SetVariantPrice(PRODUCT, usd("9.50", null, JAN.plusSeconds(86_400 * 14), null)))
                .expectNoEvents()
                .expectException(OverlappingPriceWindow.class)
                .expectExceptionMessage("Product " + PRODUCT + " already lists MUG-1 at 10.50 USD on list-USD from "
                        + JAN + " until " + FEB + ", which overlaps from 2026-01-15T00:00:00Z until further notice: end "
                        + "one before the other starts, or list the price with the same start to replace it.");
    }

    @Test
    void aGroupPriceForB2bDoesNotClashWithEveryonesPriceInTheSameMonth() {
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)))
                .when(new SetVariantPrice(PRODUCT, usd("8.00", B2B, JAN, FEB)))
                .expectEvents(listed(usd("8.00", B2B, JAN, FEB)));
    }

    @Test
    void aPriceStartingWhenAnotherStartsReplacesIt() {
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)))
                .when(new SetVariantPrice(PRODUCT, usd("10.00", null, JAN, MAR)))
                .expectEvents(listed(usd("10.00", null, JAN, MAR)));
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)), listed(usd("10.00", null, JAN, MAR)))
                .when(new SetVariantPrice(PRODUCT, usd("9.00", null, FEB, null)))
                .expectException(OverlappingPriceWindow.class);
    }

    @Test
    void theSamePriceListedAgainChangesNothing() {
        fixture.given(created(), listed(usd("10.50", B2B, JAN, null)))
                .when(new SetVariantPrice(PRODUCT, usd("10.50", B2B, JAN, null)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPriceForASkuTheProductDoesNotHaveIsRefused() {
        fixture.given(created())
                .when(new SetVariantPrice(PRODUCT, new VariantPrice(Sku.of("CUP-1"), Money.of("3.00", "USD"), null, null, null)))
                .expectNoEvents()
                .expectException(ProductVariantNotFound.class);
    }

    @Test
    void aRemovedPriceMakesRoomForAnotherAndRemovingItAgainChangesNothing() {
        var removal = new RemoveVariantPrice(PRODUCT, MUG, Currency.getInstance("USD"), null, JAN);
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)))
                .when(removal)
                .expectEvents(new VariantPriceRemoved(PRODUCT, MUG, Currency.getInstance("USD"), null, JAN));
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)),
                        new VariantPriceRemoved(PRODUCT, MUG, Currency.getInstance("USD"), null, JAN))
                .when(new SetVariantPrice(PRODUCT, usd("9.00", null, null, null)))
                .expectEvents(listed(usd("9.00", null, null, null)));
        fixture.given(created(), listed(usd("10.50", null, JAN, FEB)),
                        new VariantPriceRemoved(PRODUCT, MUG, Currency.getInstance("USD"), null, JAN))
                .when(removal)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
