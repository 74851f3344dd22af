package io.ultramarket.commerce.promotion;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.Shop;
import io.ultramarket.commerce.TestUsers;
import io.ultramarket.commerce.command.promotion.PromotionUsedUp;
import io.ultramarket.commerce.schemas.promotion.RedeemPromotion;
import io.ultramarket.commerce.schemas.promotion.ReleasePromotionRedemption;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A coupon's usage limit holds exactly under concurrency, against the real PostgreSQL event store: 200 orders
 * redeem a coupon limited to 10 uses at once, and exactly 10 get it. The redemptions are sent as the checkout
 * will send them (commands, with no HTTP route of their own).
 */
@ApiIntegrationTest
class CouponRedemptionIT {

    private static final int USES = 10;
    private static final int ORDERS = 200;

    @Autowired
    WebTestClient http;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCouponLimitedToTenUsesIsRedeemedExactlyTenTimesByTwoHundredConcurrentOrders() throws Exception {
        String code = PromotionIT.uniqueCode("TEN");
        UUID couponId = activeCoupon(code);

        List<Outcome> outcomes = redeemAtOnce(couponId);

        assertThat(outcomes.stream().filter(Outcome::redeemed)).hasSize(USES);
        assertThat(outcomes.stream().filter(outcome -> !outcome.redeemed()))
                .hasSize(ORDERS - USES)
                .allSatisfy(outcome -> assertThat(outcome.refusal()).isInstanceOf(PromotionUsedUp.class));
        assertThat(storedRedemptions(couponId)).isEqualTo(USES);
        assertThat(outcomes.stream().filter(Outcome::redeemed).map(Outcome::orderId).distinct()).hasSize(USES);
    }

    @Test
    void aReleasedRedemptionFreesOneUseAndRedeemingTheSameOrderAgainTakesNone() throws Exception {
        String code = PromotionIT.uniqueCode("FREED");
        UUID couponId = activeCoupon(code);
        List<Outcome> outcomes = redeemAtOnce(couponId);
        UUID cancelled = outcomes.stream().filter(Outcome::redeemed).findFirst().orElseThrow().orderId();
        UUID kept = outcomes.stream().filter(Outcome::redeemed).skip(1).findFirst().orElseThrow().orderId();
        UUID nextOrder = UUID.randomUUID();
        UUID lateOrder = UUID.randomUUID();

        commands.sendAndWait(new RedeemPromotion(couponId, kept, UUID.randomUUID()));
        assertThatThrownBy(() -> commands.sendAndWait(new RedeemPromotion(couponId, nextOrder, UUID.randomUUID())))
                .isInstanceOf(PromotionUsedUp.class);
        commands.sendAndWait(new ReleasePromotionRedemption(couponId, cancelled));
        commands.sendAndWait(new RedeemPromotion(couponId, nextOrder, UUID.randomUUID()));
        assertThatThrownBy(() -> commands.sendAndWait(new RedeemPromotion(couponId, lateOrder, UUID.randomUUID())))
                .isInstanceOf(PromotionUsedUp.class);

        assertThat(storedRedemptions(couponId)).isEqualTo(USES + 1);
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, couponId.toString());
        new Shop(http).read("/promotions/" + couponId, position.toString()).expectStatus().isOk()
                .expectBody().jsonPath("$.uses").isEqualTo(USES).jsonPath("$.usesLeft").isEqualTo(0);
    }

    private UUID activeCoupon(String code) {
        UUID couponId = UUID.fromString(http.post().uri("/promotions").attributes(TestUsers.as("merchandiser"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PromotionIT.coupon(code, "ten uses", PromotionIT.amountOff("1.00"), USES))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("promotionId").toString());
        http.post().uri("/promotions/" + couponId + "/activate").attributes(TestUsers.as("merchandiser")).exchange()
                .expectStatus().isAccepted();
        return couponId;
    }

    /** Every order redeems the coupon at the same moment, each on a thread of its own, a customer of its own. */
    private List<Outcome> redeemAtOnce(UUID couponId) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < ORDERS; i++) {
                UUID orderId = UUID.randomUUID();
                futures.add(threads.submit(() -> {
                    start.await();
                    try {
                        commands.sendAndWait(new RedeemPromotion(couponId, orderId, UUID.randomUUID()));
                        return new Outcome(orderId, null);
                    } catch (RuntimeException refused) {
                        return new Outcome(orderId, refused);
                    }
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private int storedRedemptions(UUID couponId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type = ?",
                Integer.class, couponId.toString(), "io.ultramarket.commerce.schemas.promotion.PromotionRedeemed");
    }

    private record Outcome(UUID orderId, RuntimeException refusal) {

        boolean redeemed() {
            return refusal == null;
        }
    }
}
