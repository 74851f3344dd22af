package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.query.cart.Carts;
import io.ultramarket.commerce.sagas.shipping.Parcel;
import io.ultramarket.commerce.sagas.shipping.RateQuote;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import io.ultramarket.commerce.sagas.shipping.ShippingRates;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.UUID;

/**
 * What shipping a cart would cost: every carrier's services for the cart's parcel (its units, weighed at
 * {@code commerce.shipping.unit-weight-grams} each) to a destination country, cheapest first. Checkout
 * takes one of the options ({@code carrier:service}); any other value ships with the cheapest.
 */
@RestController
class ShippingController {

    record RateAnswer(String option, String carrier, String service, Money price, int days) {

        static RateAnswer of(RateQuote quote) {
            return new RateAnswer(quote.option(), quote.carrier(), quote.service(), quote.price(), quote.days());
        }
    }

    record RatesAnswer(UUID cartId, String country, Parcel parcel, List<RateAnswer> quotes) {
    }

    private final Carts carts;
    private final ShippingRates rates;
    private final ShippingProperties properties;
    private final Owners owners;

    ShippingController(Carts carts, ShippingRates rates, ShippingProperties properties, Owners owners) {
        this.carts = carts;
        this.rates = rates;
        this.properties = properties;
        this.owners = owners;
    }

    @GetMapping(path = "/shipping/rates", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<RatesAnswer> rates(@RequestParam("cart") UUID cartId,
                            @RequestParam(name = "country", required = false)
                            @Pattern(regexp = "[A-Z]{2}", message = "country is an ISO 3166-1 alpha-2 code such as DE") String country,
                            @RequestParam(name = "postalCode", required = false) String postalCode,
                            Caller caller) {
        String destinationCountry = country == null ? properties.defaultCountry() : country;
        // Rates depend on the country (and, for real carriers, the postal code); the rest of the address is not known yet.
        Address destination = new Address("rate quote", "rate quote", null,
                postalCode == null || postalCode.isBlank() ? "00000" : postalCode, "rate quote", destinationCountry);
        return owners.requireCartAccess(cartId, caller)
                .then(carts.byId(cartId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("cart", cartId)))
                .flatMap(cart -> {
                    Parcel parcel = properties.parcelOf(cart.itemCount());
                    return rates.quotes(parcel, destination).map(RateAnswer::of).collectList()
                            .map(quotes -> new RatesAnswer(cartId, destinationCountry, parcel, quotes));
                });
    }
}
