package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.cart.CartContents.Contents;
import io.ultramarket.commerce.command.cart.EmptyCartCannotBeCheckedOut;
import io.ultramarket.commerce.pricing.PriceRequest;
import io.ultramarket.commerce.pricing.PriceResolution;
import io.ultramarket.commerce.query.catalog.CatalogCategories;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.SkuTaxRate;
import io.ultramarket.commerce.shipping.ShippingNotQuotedInCurrency;
import io.ultramarket.commerce.shipping.ShippingQuotes;
import io.ultramarket.commerce.tax.DestinationNeedsRegion;
import io.ultramarket.commerce.tax.TaxRates;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a checkout of a cart is priced with, resolved here because aggregates never read a read model (ADR 0033,
 * 0065): the shop's prices for every SKU the cart ever held, each SKU's tax rate in the destination, and the quote
 * of the chosen shipping option for the cart's units. The cart checks they fit it and computes the totals.
 */
@Component
class CheckoutPricing {

    /** The resolved inputs of a checkout, for the destination they were resolved for. */
    record Priced(Destination destination, Contents contents, Map<Sku, PriceQuote> prices, ShippingQuote shipping,
                  List<SkuTaxRate> taxRates) {
    }

    private final CartContents carts;
    private final CartCurrency currencies;
    private final PriceResolution prices;
    private final CatalogCategories categories;
    private final TaxRates taxes;
    private final ShippingQuotes shipping;

    CheckoutPricing(CartContents carts, CartCurrency currencies, PriceResolution prices, CatalogCategories categories,
                    TaxRates taxes, ShippingQuotes shipping) {
        this.carts = carts;
        this.currencies = currencies;
        this.prices = prices;
        this.categories = categories;
        this.taxes = taxes;
        this.shipping = shipping;
    }

    /**
     * Priced for the cart's destination or, when it has none, for {@code fallbackCountry} (the checkout's address, or
     * the shop's default for a preview), in the cart's currency, for {@code buyer} at {@code at}. {@code field} names
     * the request's field that gave the country, for a refusal.
     */
    Mono<Priced> price(UUID cartId, String shippingOption, String fallbackCountry, String field, Optional<UUID> buyer,
                       Instant at) {
        return Mono.zip(carts.of(cartId), currencies.of(cartId)).flatMap(cart -> {
            Contents contents = cart.getT1();
            PriceRequest request = new PriceRequest(buyer, cart.getT2(), at);
            Destination destination = contents.destination().orElseGet(() -> Destination.of(fallbackCountry));
            if (contents.destination().isEmpty() && taxes.lacksRegion(destination)) {
                return Mono.error(new DestinationNeedsRegion(field, fallbackCountry, "set the cart's destination with its"
                        + " region first (PUT /carts/" + cartId + "/destination)"));
            }
            if (contents.totalUnits() == 0) {
                return Mono.error(new EmptyCartCannotBeCheckedOut(cartId));
            }
            LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
            return Mono.zip(prices.prices(contents.everAdded(), request),
                            taxRates(contents.everAdded(), destination, day),
                            shipping.quote(shippingOption, destination, contents.totalUnits())
                                    .flatMap(quote -> inCurrency(quote, request.currency())))
                    .map(resolved -> new Priced(destination, contents, resolved.getT1(), resolved.getT3(), resolved.getT2()));
        });
    }

    private static Mono<ShippingQuote> inCurrency(ShippingQuote quote, Currency currency) {
        Currency quoted = quote.fee().currency();
        return quoted.equals(currency) ? Mono.just(quote)
                : Mono.error(new ShippingNotQuotedInCurrency(quote.option(), quoted, currency));
    }

    private Mono<List<SkuTaxRate>> taxRates(Collection<Sku> skus, Destination destination, LocalDate day) {
        return categories.of(skus).map(byCategory -> skus.stream()
                .flatMap(sku -> taxes.rateOf(taxes.categoryOf(byCategory.get(sku)), destination, day)
                        .map(rate -> new SkuTaxRate(sku, rate)).stream())
                .toList());
    }
}
