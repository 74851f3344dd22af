package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.query.catalog.CatalogPrices;
import io.ultramarket.commerce.query.catalog.CatalogPrices.CatalogPrice;
import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;

/**
 * Prices from the published catalog variant, the same for every buyer. The products read model lags the
 * catalog's events by moments: a product published a moment ago may not be for sale for that moment.
 */
@Component
class CatalogPriceResolution implements PriceResolution {

    private final CatalogPrices catalog;

    CatalogPriceResolution(CatalogPrices catalog) {
        this.catalog = catalog;
    }

    @Override
    public Mono<Map<Sku, PriceQuote>> prices(Collection<Sku> skus, PriceRequest request) {
        return catalog.of(skus)
                .collectMap(CatalogPrice::sku, price -> PriceQuote.fromCatalog(price.sku(), price.unitPrice()));
    }
}
