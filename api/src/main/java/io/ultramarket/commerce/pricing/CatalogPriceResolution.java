package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.query.catalog.CatalogPrices;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices from the published catalog: each variant's own price and its prices on price lists, the most specific
 * for the buyer's currency, customer group and instant ({@link MostSpecificPrice}). The products read model lags
 * the catalog's events by moments: a product published or repriced a moment ago may show the old state for that
 * moment.
 */
@Component
class CatalogPriceResolution implements PriceResolution {

    private final CatalogPrices catalog;
    private final CustomerGroups groups;

    CatalogPriceResolution(CatalogPrices catalog, CustomerGroups groups) {
        this.catalog = catalog;
        this.groups = groups;
    }

    @Override
    public Mono<Map<Sku, PriceQuote>> prices(Collection<Sku> skus, PriceRequest request) {
        return groups.of(request.customerId()).flatMap(group -> catalog.of(skus)
                .collect(LinkedHashMap::new, (Map<Sku, PriceQuote> quotes, CatalogPrices.CatalogPrice price) ->
                        MostSpecificPrice.of(price, request.currency(), group, request.at())
                                .ifPresent(quote -> quotes.put(price.sku(), quote))));
    }

    /** A SKU the catalog sells, but not in the requested currency, is told apart from one it does not sell. */
    @Override
    public Mono<PriceQuote> price(Sku sku, PriceRequest request) {
        return prices(List.of(sku), request)
                .flatMap(quotes -> Mono.justOrEmpty(quotes.get(sku)))
                .switchIfEmpty(catalog.of(List.of(sku)).hasElements().flatMap(sold -> Mono.error(sold
                        ? new SkuNotPricedInCurrency(sku, request.currency()) : new SkuNotForSale(sku))));
    }
}
