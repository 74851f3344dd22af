package io.ultramarket.commerce.query.promotion;

import io.ultramarket.commerce.projections.promotion.PromotionViewSchema;
import io.ultramarket.commerce.query.slice.ReadModelDatabase;
import io.ultramarket.commerce.query.slice.ReadModelSlice;
import io.ultramarket.commerce.query.slice.ReadModelSlices;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.PromotionActivated;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer;
import io.ultramarket.commerce.schemas.promotion.PromotionRedeemed;
import io.ultramarket.commerce.schemas.promotion.PromotionRedemptionReleased;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.PromotionTermsChanged;
import io.ultramarket.commerce.schemas.promotion.UsageLimits;
import io.ultramarket.commerce.schemas.promotion.ValidityWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static io.ultramarket.commerce.query.slice.ReadModelSlice.at;
import static org.assertj.core.api.Assertions.assertThat;

/** The promotions read model, from the promotions' events to what {@link Promotions} reads (terms as stored JSON). */
@ExtendWith(ReadModelSlices.class)
class PromotionSliceIT {

    private static final PromotionTerms TEN_USES = new PromotionTerms("5 EUR welcome",
            new PromotionOffer.AmountOff(Money.of("5.00", "EUR"), null), Money.of("20.00", "EUR"),
            new ValidityWindow(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")),
            new UsageLimits(10, 1));

    @Test
    void aCouponShowsItsTermsAndTheUsesLeftAfterAReleasedOne(ReadModelDatabase database) {
        CouponCode code = CouponCode.of("WELCOME-" + UUID.randomUUID().toString().substring(0, 8));
        UUID coupon = code.promotionId();
        ReadModelSlice promotions = database.slice(PromotionViewSchema.class, Promotions.class)
                .apply(coupon, new PromotionCreated(coupon, code, TEN_USES), new PromotionActivated(coupon),
                        new PromotionRedeemed(coupon, new UUID(1, 1), new UUID(2, 1)),
                        new PromotionRedeemed(coupon, new UUID(1, 2), new UUID(2, 2)),
                        new PromotionRedemptionReleased(coupon, new UUID(1, 1), new UUID(2, 1)));

        assertThat(promotions.reader(Promotions.class).byCode(code).block()).isEqualTo(
                new PromotionView(coupon, code, TEN_USES, true, 1, 9, 4, at(0), at(4)));
    }

    @Test
    void onlyActivePromotionsWithoutACodeAreAutomatic(ReadModelDatabase database) {
        UUID automatic = UUID.randomUUID();
        UUID inactive = UUID.randomUUID();
        CouponCode code = CouponCode.of("AUTO-" + UUID.randomUUID().toString().substring(0, 8));
        PromotionTerms tenPercent = new PromotionTerms("Ten",
                new PromotionOffer.PercentageOff(BigDecimal.TEN, null), null, null, null);
        ReadModelSlice promotions = database.slice(PromotionViewSchema.class, Promotions.class)
                .apply(automatic, new PromotionCreated(automatic, null, TEN_USES), new PromotionActivated(automatic),
                        new PromotionTermsChanged(automatic, tenPercent))
                .apply(inactive, new PromotionCreated(inactive, null, tenPercent))
                .apply(code.promotionId(), new PromotionCreated(code.promotionId(), code, tenPercent),
                        new PromotionActivated(code.promotionId()));

        assertThat(promotions.reader(Promotions.class).automatic(100).collectList().block())
                .extracting(PromotionView::promotionId).containsExactly(automatic);
        assertThat(promotions.reader(Promotions.class).byId(automatic).block().usesLeft()).isNull();
    }
}
