package io.ultramarket.commerce.command.promotion;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.promotion.ActivatePromotion;
import io.ultramarket.commerce.schemas.promotion.ChangePromotionTerms;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.CreatePromotion;
import io.ultramarket.commerce.schemas.promotion.DeactivatePromotion;
import io.ultramarket.commerce.schemas.promotion.PromotionActivated;
import io.ultramarket.commerce.schemas.promotion.PromotionCreated;
import io.ultramarket.commerce.schemas.promotion.PromotionDeactivated;
import io.ultramarket.commerce.schemas.promotion.PromotionOffer;
import io.ultramarket.commerce.schemas.promotion.PromotionRedeemed;
import io.ultramarket.commerce.schemas.promotion.PromotionRedemptionReleased;
import io.ultramarket.commerce.schemas.promotion.PromotionTerms;
import io.ultramarket.commerce.schemas.promotion.PromotionTermsChanged;
import io.ultramarket.commerce.schemas.promotion.RedeemPromotion;
import io.ultramarket.commerce.schemas.promotion.ReleasePromotionRedemption;
import io.ultramarket.commerce.schemas.promotion.UsageLimits;
import io.ultramarket.commerce.schemas.promotion.ValidityWindow;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

class PromotionTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final CouponCode CODE = CouponCode.of("WELCOME-5");
    private static final UUID PROMOTION = CODE.promotionId();
    private static final UUID ADA = new UUID(0, 0xada);
    private static final UUID BOB = new UUID(0, 0xb0b);
    private static final UUID ORDER_1 = new UUID(1, 1);
    private static final UUID ORDER_2 = new UUID(1, 2);
    private static final UUID ORDER_3 = new UUID(1, 3);

    private FixtureConfiguration<Promotion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Promotion.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static PromotionTerms terms(ValidityWindow window, UsageLimits limits) {
        return new PromotionTerms("5 EUR welcome", new PromotionOffer.AmountOff(Money.of("5.00", "EUR"), null),
                Money.of("20.00", "EUR"), window, limits);
    }

    private static PromotionTerms limited(Integer total, Integer perCustomer) {
        return terms(null, new UsageLimits(total, perCustomer));
    }

    @Test
    void aPromotionIsCreatedInactiveWithItsCodeAndTerms() {
        fixture.givenNoPriorActivity()
                .when(new CreatePromotion(PROMOTION, CODE, limited(10, 1)))
                .expectEvents(new PromotionCreated(PROMOTION, CODE, limited(10, 1)));
    }

    @Test
    void activatingAndDeactivatingTwiceChangesNothingTheSecondTime() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)), new PromotionActivated(PROMOTION))
                .when(new ActivatePromotion(PROMOTION))
                .expectNoEvents();
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)), new PromotionActivated(PROMOTION))
                .when(new DeactivatePromotion(PROMOTION))
                .expectEvents(new PromotionDeactivated(PROMOTION));
    }

    @Test
    void changedTermsAreAnEventAndTheSameTermsAreNot() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)))
                .when(new ChangePromotionTerms(PROMOTION, limited(20, 1)))
                .expectEvents(new PromotionTermsChanged(PROMOTION, limited(20, 1)));
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)))
                .when(new ChangePromotionTerms(PROMOTION, limited(10, 1)))
                .expectNoEvents();
    }

    @Test
    void anActivePromotionIsRedeemedByAnOrder() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)), new PromotionActivated(PROMOTION))
                .when(new RedeemPromotion(PROMOTION, ORDER_1, ADA))
                .expectEvents(new PromotionRedeemed(PROMOTION, ORDER_1, ADA));
    }

    @Test
    void redeemingTwiceForTheSameOrderIsOneUse() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(1, 1)), new PromotionActivated(PROMOTION),
                        new PromotionRedeemed(PROMOTION, ORDER_1, ADA))
                .when(new RedeemPromotion(PROMOTION, ORDER_1, ADA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void couponLimitedToTwoUsesRefusesTheThirdOrder() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(2, null)), new PromotionActivated(PROMOTION),
                        new PromotionRedeemed(PROMOTION, ORDER_1, ADA), new PromotionRedeemed(PROMOTION, ORDER_2, BOB))
                .when(new RedeemPromotion(PROMOTION, ORDER_3, BOB))
                .expectException(PromotionUsedUp.class)
                .expectExceptionMessage(containsString("all 2 uses are taken"));
    }

    @Test
    void oneUsePerCustomerRefusesTheSameCustomersSecondOrderButNotAnothersOrder() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)), new PromotionActivated(PROMOTION),
                        new PromotionRedeemed(PROMOTION, ORDER_1, ADA))
                .when(new RedeemPromotion(PROMOTION, ORDER_2, ADA))
                .expectException(PromotionUsedUp.class)
                .expectExceptionMessage(containsString("the customer's 1 use"));
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)), new PromotionActivated(PROMOTION),
                        new PromotionRedeemed(PROMOTION, ORDER_1, ADA))
                .when(new RedeemPromotion(PROMOTION, ORDER_2, BOB))
                .expectEvents(new PromotionRedeemed(PROMOTION, ORDER_2, BOB));
    }

    @Test
    void aCancelledOrderGivesItsUseBackToTheNextOrder() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(1, 1)), new PromotionActivated(PROMOTION),
                        new PromotionRedeemed(PROMOTION, ORDER_1, ADA),
                        new PromotionRedemptionReleased(PROMOTION, ORDER_1, ADA))
                .when(new RedeemPromotion(PROMOTION, ORDER_2, ADA))
                .expectEvents(new PromotionRedeemed(PROMOTION, ORDER_2, ADA));
    }

    @Test
    void releasingNamesTheCustomerAndReleasingAnOrderWithoutAUseChangesNothing() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(1, 1)), new PromotionActivated(PROMOTION),
                        new PromotionRedeemed(PROMOTION, ORDER_1, ADA))
                .when(new ReleasePromotionRedemption(PROMOTION, ORDER_1))
                .expectEvents(new PromotionRedemptionReleased(PROMOTION, ORDER_1, ADA));
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(1, 1)), new PromotionActivated(PROMOTION))
                .when(new ReleasePromotionRedemption(PROMOTION, ORDER_2))
                .expectNoEvents();
    }

    @Test
    void anInactivePromotionCannotBeRedeemed() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, limited(10, 1)))
                .when(new RedeemPromotion(PROMOTION, ORDER_1, ADA))
                .expectException(PromotionNotRedeemable.class)
                .expectExceptionMessage(containsString("switched off"));
    }

    @Test
    void couponExpiredAtItsUntilInstantCannotBeRedeemed() {
        fixture.given(new PromotionCreated(PROMOTION, CODE, terms(new ValidityWindow(null, NOW), UsageLimits.UNLIMITED)),
                        new PromotionActivated(PROMOTION))
                .when(new RedeemPromotion(PROMOTION, ORDER_1, ADA))
                .expectException(PromotionNotRedeemable.class)
                .expectExceptionMessage(containsString("ended at 2026-12-03T12:00:00Z"));
    }

    @Test
    void couponNotYetValidCannotBeRedeemed() {
        fixture.given(new PromotionCreated(PROMOTION, CODE,
                                terms(new ValidityWindow(NOW.plusSeconds(60), null), UsageLimits.UNLIMITED)),
                        new PromotionActivated(PROMOTION))
                .when(new RedeemPromotion(PROMOTION, ORDER_1, ADA))
                .expectException(PromotionNotRedeemable.class)
                .expectExceptionMessage(containsString("starts at"));
    }
}
