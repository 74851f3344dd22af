package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Address;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Every carrier's quotes for a parcel, and the quote an order ships with. */
@Component
public class ShippingRates {

    /** Cheapest first (amounts of one currency), then fastest, then by option. */
    public static final Comparator<RateQuote> CHEAPEST = Comparator
            .comparing((RateQuote quote) -> quote.price().amount())
            .thenComparingInt(RateQuote::days)
            .thenComparing(RateQuote::option);

    private final List<Carrier> carriers;

    ShippingRates(List<Carrier> carriers) {
        this.carriers = List.copyOf(carriers);
    }

    /** All quotes, in every currency the carriers quote in. */
    public Flux<RateQuote> quotes(Parcel parcel, Address destination) {
        return Flux.fromIterable(carriers).flatMap(carrier -> carrier.quote(parcel, destination));
    }

    /** The quotes in {@code currency}, cheapest first: a service without a rate in it is not among them. */
    public Flux<RateQuote> quotes(Parcel parcel, Address destination, Currency currency) {
        return quotes(parcel, destination).filter(quote -> quote.price().currency().equals(currency)).sort(CHEAPEST);
    }

    /**
     * The quote named by the shipping option ({@code carrier:service}); empty when no carrier offers that option for
     * the parcel and destination, in whichever currency (the order paid its fee already: this only finds the carrier
     * and its service). There is no fallback: an order pays the fee of the option it chose (ADR 0065).
     */
    public Mono<RateQuote> choose(String shippingOption, Parcel parcel, Address destination) {
        return quotes(parcel, destination).filter(quote -> quote.option().equals(shippingOption)).next();
    }

    public Optional<Carrier> carrier(String name) {
        return carriers.stream().filter(carrier -> carrier.name().equals(name)).findFirst();
    }
}
