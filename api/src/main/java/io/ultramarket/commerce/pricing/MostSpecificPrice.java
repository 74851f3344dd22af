package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.query.catalog.CatalogPrices.CatalogPrice;
import io.ultramarket.commerce.schemas.catalog.VariantPrice;
import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.PriceQuote;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a variant's prices a buyer pays (ADR 0067): of the prices in the requested currency that are valid at
 * the instant, the buyer's group's price over everyone's listed price over the variant's own price (when that is
 * in the currency). The Product keeps a list's windows from overlapping, so each list has at most one valid price.
 */
final class MostSpecificPrice {

    private MostSpecificPrice() {
    }

    static Optional<PriceQuote> of(CatalogPrice catalog, Currency currency, Optional<CustomerGroup> group, Instant at) {
        return group.flatMap(member -> valid(catalog, currency, member, at))
                .or(() -> valid(catalog, currency, null, at))
                .map(listed -> new PriceQuote(catalog.sku(), listed.price(), listed.priceList()))
                .or(() -> catalog.unitPrice().currency().equals(currency)
                        ? Optional.of(PriceQuote.fromCatalog(catalog.sku(), catalog.unitPrice()))
                        : Optional.empty());
    }

    private static Optional<VariantPrice> valid(CatalogPrice catalog, Currency currency, CustomerGroup group,
                                                Instant at) {
        return catalog.listed().stream()
                .filter(price -> price.currency().equals(currency) && Objects.equals(price.customerGroup(), group)
                        && price.validAt(at))
                .findFirst();
    }
}
