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
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The carriers' quotes for a cart's parcel to its destination in the cart's currency, and the one a checkout ships
 * with: the option named, bound to the destination, the units and the currency it was quoted for (its fee's), with
 * the zone's standard tax rate (shipping is taxed like the goods' standard rate, ADR 0065). An option no carrier
 * offers is refused, never replaced by another; an option offered only in other currencies is refused as such (ADR
 * 0076).
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

    /** Every carrier's option for {@code units} to {@code destination} in {@code currency}, cheapest first. */
    public Mono<List<ShippingOption>> options(Destination destination, int units, Currency currency) {
        return all(destination, null, units, currency).map(quotes -> quotes.stream().map(ShippingOption::of).toList());
    }

    /** Every carrier's quote for {@code units} to {@code destination} in {@code currency}, cheapest first. */
    Mono<List<RateQuote>> all(Destination destination, String postalCode, int units, Currency currency) {
        return rates.quotes(parcelOf(units), addressOf(destination, postalCode), currency).collectList();
    }

    /** Rates depend on the country (and, for real carriers, the postal code); the rest of the address is not known yet. */
    private static Address addressOf(Destination destination, String postalCode) {
        return new Address("rate quote", "rate quote", null,
                postalCode == null || postalCode.isBlank() ? "00000" : postalCode, "rate quote", destination.country());
    }

    Parcel parcelOf(int units) {
        return properties.parcelOf(units);
    }

    /**
     * The quote of {@code option} in {@code currency} (of the cheapest when null: a preview's default, never a
     * checkout's); {@link ShippingNotQuotedInCurrency} when the carriers quote it (or, without an option, anything) in
     * other currencies only; {@link UnknownShippingOption} naming the options there are when no carrier offers it.
     */
    public Mono<ShippingQuote> quote(String option, Destination destination, int units, Currency currency) {
        return rates.quotes(parcelOf(units), addressOf(destination, null)).collectList().flatMap(every -> {
            List<RateQuote> offered = every.stream().filter(quote -> option == null || quote.option().equals(option)).toList();
            if (offered.isEmpty()) {
                return Mono.error(new UnknownShippingOption(option, destination.zone(), units,
                        every.stream().map(RateQuote::option).distinct().sorted().toList()));
            }
            return offered.stream()
                    .filter(quote -> quote.price().currency().equals(currency))
                    .min(ShippingRates.CHEAPEST)
                    .map(quote -> Mono.just(new ShippingQuote(quote.option(), quote.price(), destination, units,
                            taxes.rateOf(TaxCategory.STANDARD, destination, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
                                    .orElse(null))))
                    .orElseGet(() -> Mono.error(new ShippingNotQuotedInCurrency(option, currenciesOf(offered), currency)));
        });
    }

    private static Set<Currency> currenciesOf(List<RateQuote> quotes) {
        Set<Currency> currencies = new TreeSet<>(Comparator.comparing(Currency::getCurrencyCode));
        quotes.forEach(quote -> currencies.add(quote.price().currency()));
        return currencies;
    }
}
