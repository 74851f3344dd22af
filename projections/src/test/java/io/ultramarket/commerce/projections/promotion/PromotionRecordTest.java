package io.ultramarket.commerce.projections.promotion;

import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.PromotionActivated;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionDeactivated;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer;
import io.ultramarket.commerce.schemas.promotion.PromotionRedeemed;
import io.ultramarket.commerce.schemas.promotion.PromotionRedemptionReleased;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.PromotionTermsChanged;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromotionRecordTest {

    private static final CouponCode CODE = CouponCode.of("SPRING");
    private static final UUID ID = CODE.promotionId();
    private static final PromotionTerms TEN = new PromotionTerms("Ten", new PromotionOffer.PercentageOff(BigDecimal.TEN, null),
            null, null, null);
    private static final PromotionTerms TWENTY = new PromotionTerms("Twenty",
            new PromotionOffer.PercentageOff(BigDecimal.valueOf(20), null), null, null, null);

    @Test
    void usesCountRedemptionsLessReleasesAndTermsAndStateFollowTheirEvents() {
        PromotionRecord promotion = PromotionRecord.of(new PromotionCreated(ID, CODE, TEN))
                .with(new PromotionActivated(ID))
                .with(new PromotionRedeemed(ID, new UUID(1, 1), new UUID(2, 1)))
                .with(new PromotionRedeemed(ID, new UUID(1, 2), new UUID(2, 2)))
                .with(new PromotionRedemptionReleased(ID, new UUID(1, 1), new UUID(2, 1)))
                .with(new PromotionTermsChanged(ID, TWENTY))
                .with(new PromotionDeactivated(ID));

        assertThat(promotion).isEqualTo(new PromotionRecord(ID, CODE, TWENTY, false, 1));
    }

    @Test
    void creationIsNotAChange() {
        PromotionRecord promotion = PromotionRecord.of(new PromotionCreated(ID, CODE, TEN));
        assertThatThrownBy(() -> promotion.with(new PromotionCreated(ID, CODE, TEN))).isInstanceOf(IllegalArgumentException.class);
    }
}
