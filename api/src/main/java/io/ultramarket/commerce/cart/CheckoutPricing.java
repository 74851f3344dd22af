package io.ultramarket.commerce.cart;

import io.ultramarket.commerce.cart.CartContents.Contents;
import io.ultramarket.commerce.command.cart.CartLineNotForSale;
import io.ultramarket.commerce.command.cart.EmptyCartCannotBeCheckedOut;
import io.ultramarket.commerce.pricing.PriceRequest;
import io.ultramarket.commerce.pricing.PriceResolution;
import io.ultramarket.commerce.promotion.PromotionEvaluation;
import io.ultramarket.commerce.query.catalog.CatalogCategories;
import io.ultramarket.commerce.query.catalog.CatalogCategories.Categories;
import io.ultramarket.commerce.schemas.catalog.CategoryPath;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.promotion.AppliedDiscounts;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.DeclinedPromotion;
import io.ultramarket.commerce.schemas.promotion.PricedBasket;
import io.ultramarket.commerce.schemas.promotion.PricedLine;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.SkuTaxRate;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxExemption;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import io.ultramarket.commerce.shipping.ShippingQuotes;
import io.ultramarket.commerce.tax.CustomerTaxExemptions;
import io.ultramarket.commerce.tax.DestinationNeedsRegion;
import io.ultramarket.commerce.tax.TaxRates;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a checkout of a cart is priced with, resolved here because aggregates never read a read model (ADR 0033,
 * 0065): the shop's prices for every SKU the cart ever held, each SKU's tax rate in the destination, the quote
 * of the chosen shipping option for the cart's units in its currency, and what the active promotions and the coupons given take off
 * the cart's lines and fee at the checkout's instant (ADR 0072), and whether the buyer is a tax-exempt customer (from
 * the customer's events, ADR 0075). The cart checks they fit it and computes the totals.
 */
@Component
class CheckoutPricing {

    /** The resolved inputs of a checkout, for the destination they were resolved for. */
    record Priced(Destination destination, Contents contents, Map<Sku, PriceQuote> prices, ShippingQuote shipping,
                  List<SkuTaxRate> taxRates, List<OrderLine> lines, AppliedDiscounts discounts,
                  Optional<TaxExemption> taxExemption) {

        /** The coupons asked for that do not apply: a checkout with any of them is refused. */
        List<DeclinedPromotion> declinedCoupons() {
            return discounts.declined().stream().filter(declined -> declined.couponCode() != null).toList();
        }

        /** The breakdown the cart computes from these inputs. */
        Totals totals() {
            Map<Sku, TaxRate> rates = new HashMap<>();
            taxRates.forEach(rate -> rates.put(rate.sku(), rate.rate()));
            return Totals.of(lines, rates, shipping, discounts.discounts(), taxExemption.orElse(null));
        }
    }

    private final CartContents carts;
    private final PriceResolution prices;
    private final CatalogCategories categories;
    private final TaxRates taxes;
    private final ShippingQuotes shipping;
    private final PromotionEvaluation promotions;
    private final CustomerTaxExemptions exemptions;

    CheckoutPricing(CartContents carts, PriceResolution prices, CatalogCategories categories, TaxRates taxes,
                    ShippingQuotes shipping, PromotionEvaluation promotions, CustomerTaxExemptions exemptions) {
        this.carts = carts;
        this.prices = prices;
        this.categories = categories;
        this.taxes = taxes;
        this.shipping = shipping;
        this.promotions = promotions;
        this.exemptions = exemptions;
    }

    /**
     * Priced for the cart's destination or, when it has none, for {@code fallbackCountry} (the checkout's address, or
     * the shop's default for a preview), in the cart's currency, for {@code buyer} at {@code at}, with the automatic
     * promotions and the coupons {@code codes}. {@code field} names the request's field that gave the country, for a
     * refusal. A line no longer for sale is refused here, as the cart would.
     */
    Mono<Priced> price(UUID cartId, String shippingOption, String fallbackCountry, String field, Optional<UUID> buyer,
                       Instant at, List<CouponCode> codes) {
        return carts.of(cartId).flatMap(contents -> {
            PriceRequest request = new PriceRequest(buyer, contents.currency(), at);
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
                            categories.of(contents.everAdded()),
                            shipping.quote(shippingOption, destination, contents.totalUnits(), request.currency()),
                            exemptions.of(buyer))
                    .flatMap(resolved -> {
                        Map<Sku, PriceQuote> quoted = resolved.getT1();
                        Map<Sku, Categories> byCategory = resolved.getT2();
                        ShippingQuote quote = resolved.getT3();
                        Optional<TaxExemption> exemption = resolved.getT4();
                        List<OrderLine> lines = linesOf(cartId, contents, quoted);
                        List<PricedLine> pricedLines = lines.stream().map(line -> new PricedLine(line.sku(),
                                categoryOf(byCategory.get(line.sku())), line.quantity(), line.unitPrice())).toList();
                        return promotions.discounts(new PricedBasket(pricedLines, quote.fee()), codes, at)
                                .map(discounts -> new Priced(destination, contents, quoted, quote,
                                        taxRates(contents.everAdded(), byCategory, destination, day), lines, discounts,
                                        exemption));
                    });
        });
    }

    /** The cart's lines at the shop's prices now; a line without a price is no longer for sale. */
    private static List<OrderLine> linesOf(UUID cartId, Contents contents, Map<Sku, PriceQuote> quoted) {
        return contents.units().entrySet().stream().map(line -> {
            PriceQuote price = quoted.get(line.getKey());
            if (price == null) {
                throw new CartLineNotForSale(cartId, line.getKey());
            }
            return new OrderLine(line.getKey(), Quantity.of(line.getValue()), price.unitPrice());
        }).toList();
    }

    /** A product without a category (empty text) is one promotions on categories do not select. */
    private static CategoryPath categoryOf(Categories categories) {
        return categories == null || categories.catalogCategory().isBlank() ? null
                : CategoryPath.of(categories.catalogCategory());
    }

    /** Each SKU's rate: its product's own tax category, else its catalog category's, else the default (ADR 0075). */
    private List<SkuTaxRate> taxRates(Collection<Sku> skus, Map<Sku, Categories> byCategory, Destination destination,
                                      LocalDate day) {
        return skus.stream()
                .flatMap(sku -> {
                    Categories categories = byCategory.get(sku);
                    TaxCategory category = categories == null ? taxes.categoryOf(null)
                            : taxes.categoryOf(categories.taxCategory(), categories.catalogCategory());
                    return taxes.rateOf(category, destination, day).map(rate -> new SkuTaxRate(sku, rate)).stream();
                })
                .toList();
    }
}
