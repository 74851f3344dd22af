package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.sagas.shipping.ShippingProperties.Rate;
import io.ultramarket.commerce.sagas.shipping.SimulatedCarrier.Service;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulated carriers' rate tables per currency (ADR 0076): a parcel of 3 units weighs 1.5 kg, so it pays two
 * started kilograms; abroad is anywhere but the carrier's home (DE); each quote is rounded once to its currency's
 * minor unit, half up.
 */
class SimulatedCarrierRatesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Address BERLIN = address("DE");
    private static final Address NEW_YORK = address("US");

    private static Address address(String country) {
        return new Address("rate quote", "rate quote", null, "00000", "rate quote", country);
    }

    private static ShippingProperties configured(Map<String, Map<String, Map<Currency, Rate>>> rates) {
        return new ShippingProperties(500, "DE", Map.of(), Duration.ofMinutes(5), null, Duration.ofSeconds(2),
                Duration.ofSeconds(10), rates);
    }

    private static SimulatedCarrier parcelpost(ShippingProperties properties) {
        return new SimulatedCarrier("parcelpost", "PP", "DE", List.of(
                new Service("standard", 3, 2, properties.ratesOf("parcelpost", "standard")),
                new Service("express", 1, 1, properties.ratesOf("parcelpost", "express"))), null);
    }

    private static List<RateQuote> quotes(SimulatedCarrier carrier, int units, Address destination) {
        return carrier.quote(configured(null).parcelOf(units),
                destination).collectList().block();
    }

    @Test
    void withoutConfigurationEveryServiceIsQuotedInEurOnly_expressFor3UnitsInDeIs9_90Plus2Times1_20() {
        List<RateQuote> quotes = quotes(parcelpost(configured(null)), 3, BERLIN);

        assertThat(quotes).containsExactly(
                new RateQuote("parcelpost", "standard", Money.of("6.50", "EUR"), 3),
                new RateQuote("parcelpost", "express", Money.of("12.30", "EUR"), 1));
    }

    @Test
    void aConfiguredUsdTableAddsUsdQuotes_standardFor3UnitsToTheUsIs5_50Plus2Times0_90Plus6_50Abroad() {
        ShippingProperties properties = configured(Map.of("parcelpost", Map.of(
                "standard", Map.of(USD, Rate.of("5.50", "0.90", "6.50")))));

        List<RateQuote> quotes = quotes(parcelpost(properties), 3, NEW_YORK);

        assertThat(quotes).containsExactlyInAnyOrder(
                new RateQuote("parcelpost", "standard", Money.of("12.50", "EUR"), 5),
                new RateQuote("parcelpost", "standard", Money.of("13.80", "USD"), 5),
                new RateQuote("parcelpost", "express", Money.of("24.30", "EUR"), 2));
    }

    @Test
    void aQuoteIsRoundedOnceToTheMinorUnitOfItsCurrency_0_875UsdPerKilogramAnd162_5YenPerKilogram() {
        ShippingProperties properties = configured(Map.of("parcelpost", Map.of("standard", Map.of(
                USD, Rate.of("5.00", "0.875", "0"),
                JPY, Rate.of("800", "162.5", "0")))));

        List<RateQuote> oneKilogram = quotes(parcelpost(properties), 1, BERLIN);

        assertThat(oneKilogram).extracting(RateQuote::price).contains(
                Money.of("5.88", "USD"),    // 5.00 + 0.875 = 5.875, half up
                Money.of("963", "JPY"));    // 800 + 162.5 = 962.5, half up to whole yen
    }

    @Test
    void aConfiguredEurRateReplacesTheDefaultAndTheOtherServicesKeepTheirs() {
        ShippingProperties properties = configured(Map.of("parcelpost", Map.of(
                "express", Map.of(EUR, Rate.of("8.00", "1.00", "10.00")))));

        assertThat(properties.ratesOf("parcelpost", "express")).containsExactly(Map.entry(EUR, Rate.of("8.00", "1.00", "10.00")));
        assertThat(properties.ratesOf("parcelpost", "standard")).containsExactly(Map.entry(EUR, Rate.of("4.90", "0.80", "6.00")));
        assertThat(properties.ratesOf("swiftship", "economy")).containsOnlyKeys(EUR);
        assertThat(properties.ratesOf("pigeonpost", "standard")).isEmpty();
    }

    @Test
    void aServiceWithoutARateInACurrencyIsNotQuotedInIt() {
        ShippingProperties properties = configured(Map.of("parcelpost", Map.of(
                "standard", Map.of(USD, Rate.of("5.50", "0.90", "6.50")))));

        List<RateQuote> quotes = quotes(parcelpost(properties), 2, BERLIN);

        assertThat(quotes).filteredOn(quote -> quote.price().currency().equals(USD))
                .containsExactly(new RateQuote("parcelpost", "standard", Money.of("6.40", "USD"), 3));
        assertThat(quotes).noneMatch(quote -> quote.price().currency().equals(JPY));
    }
}
