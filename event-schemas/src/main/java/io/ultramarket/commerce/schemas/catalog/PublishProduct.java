package io.ultramarket.commerce.schemas.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Show the product to shoppers (search, listings). Publishing a published product changes nothing. */
public record PublishProduct(@TargetAggregateIdentifier UUID productId) {
}
