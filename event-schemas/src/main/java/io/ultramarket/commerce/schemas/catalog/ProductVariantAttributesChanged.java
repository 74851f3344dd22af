package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.common.Sku;
import org.axonframework.serialization.Revision;

import java.util.Map;
import java.util.UUID;

/** A variant's attributes were replaced; {@code attributes} is the full set afterwards. */
@Revision("1")
public record ProductVariantAttributesChanged(UUID productId, Sku sku, Map<String, String> attributes)
        implements ProductEvent {

    public ProductVariantAttributesChanged {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
