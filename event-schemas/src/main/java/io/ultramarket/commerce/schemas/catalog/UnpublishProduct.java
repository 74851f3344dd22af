package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Hide the product from shoppers again. Unpublishing a hidden product changes nothing. */
public record UnpublishProduct(@TargetAggregateIdentifier UUID productId) {
}
