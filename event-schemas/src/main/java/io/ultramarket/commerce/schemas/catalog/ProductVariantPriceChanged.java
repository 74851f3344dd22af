package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** A variant's price changed from {@code previousPrice} to {@code price}. */
@Revision("1")
public record ProductVariantPriceChanged(UUID productId, Sku sku, Money previousPrice, Money price)
        implements ProductEvent {
}
