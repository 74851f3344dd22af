package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.CustomerGroup;
import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A variant's price was taken off a price list: the price in {@code currency} for {@code customerGroup}
 * (null: everyone's) that started at {@code validFrom} (null: the one without a start).
 */
@Revision("1")
public record VariantPriceRemoved(UUID productId, Sku sku, Currency currency, CustomerGroup customerGroup,
                                  Instant validFrom) implements ProductEvent {

    /** Whether {@code price} is the one this removal took off its list. */
    public boolean removes(VariantPrice price) {
        return price.sku().equals(sku) && price.currency().equals(currency)
                && Objects.equals(price.customerGroup(), customerGroup)
                && Objects.equals(price.validFrom(), validFrom);
    }
}
