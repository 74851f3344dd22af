package io.ultramarket.commerce.command.promotion;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** An order tried to use a promotion that is switched off or outside its validity window. */
public class PromotionNotRedeemable extends DomainRuleViolation {

    public PromotionNotRedeemable(UUID promotionId, String why) {
        super("Promotion " + promotionId + " cannot be used now: " + why + ".");
    }
}
