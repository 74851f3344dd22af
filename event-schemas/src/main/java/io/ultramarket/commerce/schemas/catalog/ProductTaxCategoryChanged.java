package io.ultramarket.commerce.schemas.catalog;

import io.ultramarket.commerce.schemas.totals.TaxCategory;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The tax category set on the product itself changed (ADR 0075): {@code taxCategory} is the new one, or none (null)
 * when the product's tax category follows its catalog category again; {@code previous} the one before (null: none).
 */
@Revision("1")
public record ProductTaxCategoryChanged(UUID productId, TaxCategory taxCategory, TaxCategory previous)
        implements ProductEvent {
}
