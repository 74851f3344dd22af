package io.ultramarket.commerce.schemas.promotion;

import io.ultramarket.commerce.schemas.common.RequiredDetails;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

import static io.ultramarket.commerce.schemas.common.RequiredDetails.PROMOTION;

/** Replace a promotion's terms; its id and coupon code stay. The same terms again change nothing. */
public record ChangePromotionTerms(@TargetAggregateIdentifier UUID promotionId, PromotionTerms terms) {

    public ChangePromotionTerms {
        new RequiredDetails(PROMOTION, "change promotion", promotionId).present(terms, "its terms");
    }
}
