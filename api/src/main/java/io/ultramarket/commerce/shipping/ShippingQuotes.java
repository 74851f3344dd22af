package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.sagas.shipping.Parcel;
import io.ultramarket.commerce.sagas.shipping.RateQuote;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import io.ultramarket.commerce.sagas.shipping.ShippingRates;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.tax.TaxRates;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The carriers' quotes for a cart's parcel to its destination, and the one a checkout ships with: the option named,
 * bound to the destination and the units it was quoted for, with the zone's standard tax rate (shipping is taxed
 * like the goods' standard rate, ADR 0065). An option no carrier offers is refused, never replaced by another.
 */
@Component
public class ShippingQuotes {

    private final ShippingRates rates;
    private final ShippingProperties properties;
    private final TaxRates taxes;
    private final Clock clock;

    ShippingQuotes(ShippingRates rates, ShippingProperties properties, TaxRates taxes, Clock clock) {
        this.rates = rates;
        this.properties = properties;
        this.taxes = taxes;
        this.clock = clock;
    }

    /** Every carrier's option for {@code units} to {@code destination}, cheapest first. */
    public Mono<List<ShippingOption>> options(Destination destination, int units) {
        return all(destination, null, units).map(quotes -> quotes.stream().map(ShippingOption::of).toList());
    }

    /** Every carrier's quote for {@code units} to {@code destination}, cheapest first. */
    Mono<List<RateQuote>> all(Destination destination, String postalCode, int units) {
        // Rates depend on the country (and, for real carriers, the postal code); the rest of the address is not known yet.
        Address address = new Address("rate quote", "rate quote", null,
                postalCode == null || postalCode.isBlank() ? "00000" : postalCode, "rate quote", destination.country());
        return rates.quotes(parcelOf(units), address).collectList();
    }

    Parcel parcelOf(int units) {
        return properties.parcelOf(units);
    }

    /**
     * The quote of {@code option} (of the cheapest when null: a preview's default, never a checkout's), or {@link
     * UnknownShippingOption} naming the options there are.
     */
    public Mono<ShippingQuote> quote(String option, Destination destination, int units) {
        return all(destination, null, units).flatMap(quotes -> quotes.stream()
                .filter(quote -> option == null || quote.option().equals(option))
                .findFirst()
                .map(quote -> Mono.just(new ShippingQuote(quote.option(), quote.price(), destination, units,
                        taxes.rateOf(TaxCategory.STANDARD, destination, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                                .orElse(null))))
                .orElseGet(() -> Mono.error(new UnknownShippingOption(option, destination.zone(), units,
                        quotes.stream().map(RateQuote::option).toList()))));
    }
}
