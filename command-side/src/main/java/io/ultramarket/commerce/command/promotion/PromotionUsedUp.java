package io.ultramarket.commerce.command.promotion;

import io.ultramarket.commerce.command.DomainRuleViolation;

import java.util.UUID;

/** Every use of the promotion is taken, in total or by this customer; a cancelled order would give one back. */
public class PromotionUsedUp extends DomainRuleViolation {

    public PromotionUsedUp(UUID promotionId, String whose, int limit) {
        super("Promotion " + promotionId + " is used up: " + whose + " " + limit + " use" + (limit == 1 ? "" : "s")
                + " are taken.");
    }
}
