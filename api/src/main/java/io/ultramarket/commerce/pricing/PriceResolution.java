package io.ultramarket.commerce.pricing;

import io.ultramarket.commerce.schemas.common.PriceQuote;
import io.ultramarket.commerce.schemas.common.Sku;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The port through which the shop's prices reach commands: the API asks it before sending a command that
 * needs a price (the aggregates never read a read model, and the client never names a price). Today the
 * published catalog variant answers ({@link CatalogPriceResolution}); price lists, currencies, customer
 * groups and validity windows plug in here later, as inputs in {@link PriceRequest} and as the
 * {@code priceList} of the answer (ADR 0033).
 */
public interface PriceResolution {

    /** The shop's prices for those of the SKUs that are for sale to this buyer now; the others are missing. */
    Mono<Map<Sku, PriceQuote>> prices(Collection<Sku> skus, PriceRequest request);

    /** The price of one SKU, or {@link SkuNotForSale} when the shop does not sell it. */
    default Mono<PriceQuote> price(Sku sku, PriceRequest request) {
        return prices(List.of(sku), request)
                .flatMap(quotes -> Mono.justOrEmpty(quotes.get(sku)))
                .switchIfEmpty(Mono.error(() -> new SkuNotForSale(sku)));
    }
}
