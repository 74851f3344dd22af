package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.InvalidCommand;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Validity windows are half-open, a list is a variant's currency and group, a price names its list, and the
 * price-list commands refuse what lacks a detail.
 */
class VariantPriceTest {

    private static final Sku MUG = Sku.of("MUG-1");
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    private static VariantPrice usd(String amount, Instant from, Instant until) {
        return new VariantPrice(MUG, Money.of(amount, "USD"), null, from, until);
    }

    @Test
    void januaryAndFebruaryDoNotOverlapButJanuaryAndAnOpenEndedPriceDo() {
        assertThat(usd("9.00", JAN, FEB).overlaps(usd("8.00", FEB, MAR))).isFalse();
        assertThat(usd("9.00", JAN, FEB).overlaps(usd("8.00", null, null))).isTrue();
        assertThat(usd("9.00", null, FEB).overlaps(usd("8.00", JAN, null))).isTrue();
    }

    @Test
    void pricesInTwoCurrenciesOrForTwoGroupsAreOnDifferentListsAndNeverOverlap() {
        VariantPrice everyone = usd("9.00", null, null);
        assertThat(everyone.overlaps(new VariantPrice(MUG, Money.of("8.00", "EUR"), null, null, null))).isFalse();
        assertThat(everyone.overlaps(new VariantPrice(MUG, Money.of("8.00", "USD"), CustomerGroup.of("b2b"), null, null)))
                .isFalse();
    }

    @Test
    void aPriceUntilFebruaryIsValidOnTheLastDayOfJanuaryAndNotOnTheFirstOfFebruary() {
        VariantPrice january = usd("9.00", JAN, FEB);
        assertThat(january.validAt(FEB.minusSeconds(1))).isTrue();
        assertThat(january.validAt(FEB)).isFalse();
        assertThat(january.validAt(JAN)).isTrue();
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> usd("9.00", FEB, JAN)).hasMessageContaining("the start must come before the end");
        assertThatThrownBy(() -> usd("9.00", JAN, JAN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListOfAGroupPriceInJpyIsGroupB2bJpy() {
        assertThat(new VariantPrice(MUG, Money.of("1200", "JPY"), CustomerGroup.of("b2b"), null, null).priceList())
                .isEqualTo("group-b2b-JPY");
        assertThat(usd("9.00", null, null).priceList()).isEqualTo("list-USD");
    }

    @Test
    void listingOrRemovingAPriceNamesWhatCommandsNeed() {
        UUID product = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
        assertThatThrownBy(() -> new SetVariantPrice(product, null))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("To set a listed price of product " + product + ", give the price to list.");
        assertThatThrownBy(() -> new RemoveVariantPrice(product, MUG, null, null, null))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("To remove a listed price of product " + product + ", give the currency of the price.");
    }

    @Test
    void aCustomerGroupIsLowerCaseLettersDigitsAndDashes() {
        assertThat(CustomerGroup.of("b2b-eu").value()).isEqualTo("b2b-eu");
        assertThatThrownBy(() -> CustomerGroup.of("B2B")).hasMessageContaining("customer group");
        assertThatThrownBy(() -> CustomerGroup.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
