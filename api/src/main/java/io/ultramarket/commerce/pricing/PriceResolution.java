package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Map;

/**
 * The port through which the shop's prices reach commands: the API asks it before sending a command that
 * needs a price (the aggregates never read a read model, and the client never names a price). The published
 * catalog answers ({@link CatalogPriceResolution}) per currency, customer group and instant, and each quote
 * names the {@code priceList} it came from (ADR 0033, ADR 0067).
 */
public interface PriceResolution {

    /** The shop's prices for those of the SKUs that are for sale to this buyer in the currency now; the others are missing. */
    Mono<Map<Sku, PriceQuote>> prices(Collection<Sku> skus, PriceRequest request);

    /**
     * The price of one SKU: {@link SkuNotForSale} when the shop does not sell it, {@link SkuNotPricedInCurrency}
     * when it does but not in the requested currency.
     */
    Mono<PriceQuote> price(Sku sku, PriceRequest request);
}
