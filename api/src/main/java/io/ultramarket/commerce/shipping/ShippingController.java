package io.ultramarket.commerce.shipping;

import io.ultramarket.commerce.security.Owners;
import io.ultramarket.commerce.security.Caller;
import io.ultramarket.commerce.problem.ResourceNotFound;
import io.ultramarket.commerce.pricing.PricingProperties;
import io.ultramarket.commerce.query.cart.Carts;
import io.ultramarket.commerce.sagas.shipping.Parcel;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties;
import io.ultramarket.commerce.schemas.totals.Destination;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What shipping a cart would cost: every carrier's services for the cart's parcel (its units, weighed at
 * {@code commerce.shipping.unit-weight-grams} each) to a destination country, in the cart's currency (the shop's
 * default for a cart without lines yet), cheapest first. Checkout
 * takes one of the options ({@code carrier:service}); any other value is refused (422). {@code GET
 * /carts/{id}/totals} shows them for the cart's own destination, with its taxes.
 */
@RestController
class ShippingController {

    record RatesAnswer(UUID cartId, String country, Parcel parcel, List<ShippingOption> quotes) {
    }

    private final Carts carts;
    private final ShippingQuotes quotes;
    private final ShippingProperties properties;
    private final Owners owners;
    private final Currency defaultCurrency;

    ShippingController(Carts carts, ShippingQuotes quotes, ShippingProperties properties, Owners owners,
                       PricingProperties pricing) {
        this.carts = carts;
        this.quotes = quotes;
        this.properties = properties;
        this.owners = owners;
        this.defaultCurrency = pricing.defaultCurrency();
    }

    @GetMapping(path = "/shipping/rates", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<RatesAnswer> rates(@RequestParam("cart") UUID cartId,
                            @RequestParam(name = "country", required = false)
                            @Pattern(regexp = "[A-Z]{2}", message = "country is an ISO 3166-1 alpha-2 code such as DE") String country,
                            @RequestParam(name = "postalCode", required = false) String postalCode,
                            Caller caller) {
        String destinationCountry = country == null ? properties.defaultCountry() : country;
        return owners.requireCartAccess(cartId, caller)
                .then(carts.byId(cartId))
                .switchIfEmpty(Mono.error(() -> new ResourceNotFound("cart", cartId)))
                .flatMap(cart -> {
                    Parcel parcel = quotes.parcelOf(cart.itemCount());
                    Currency currency = cart.total() == null ? defaultCurrency : cart.total().currency();
                    return quotes.all(Destination.of(destinationCountry), postalCode, cart.itemCount(), currency)
                            .map(offered -> new RatesAnswer(cartId, destinationCountry, parcel,
                                    offered.stream().map(ShippingOption::of).toList()));
                });
    }
}
