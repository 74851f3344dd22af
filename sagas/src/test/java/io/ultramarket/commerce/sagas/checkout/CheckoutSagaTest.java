package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.sagas.fraud.FraudScreen;
import io.ultramarket.commerce.sagas.fraud.RiskAssessment;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.DescribedProblem;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.Quantity;
import io.ultramarket.commerce.schemas.common.Sku;
import io.ultramarket.commerce.schemas.common.WarehouseId;
import io.ultramarket.commerce.schemas.order.CancelOrder;
import io.ultramarket.commerce.schemas.order.ConfirmOrder;
import io.ultramarket.commerce.schemas.order.OrderCancelled;
import io.ultramarket.commerce.schemas.order.OrderDelivered;
import io.ultramarket.commerce.schemas.order.OrderRejected;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.order.OrderReviewApproved;
import io.ultramarket.commerce.schemas.order.OrderShipped;
import io.ultramarket.commerce.schemas.order.PlaceOrder;
import io.ultramarket.commerce.schemas.order.RejectOrder;
import io.ultramarket.commerce.schemas.order.RequestOrderReview;
import io.ultramarket.commerce.schemas.order.RequestShipment;
import io.ultramarket.commerce.schemas.order.ReturnedLine;
import io.ultramarket.commerce.schemas.payment.AbandonPayment;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.payment.RequestPayment;
import io.ultramarket.commerce.schemas.payment.RequestPaymentCapture;
import io.ultramarket.commerce.schemas.payment.RequestRefund;
import io.ultramarket.commerce.schemas.payment.VoidPayment;
import io.ultramarket.commerce.schemas.promotion.CouponCode;
import io.ultramarket.commerce.schemas.promotion.Discount;
import io.ultramarket.commerce.schemas.promotion.LineDiscount;
import io.ultramarket.commerce.schemas.promotion.RedeemPromotion;
import io.ultramarket.commerce.schemas.promotion.ReleasePromotionRedemption;
import io.ultramarket.commerce.schemas.stock.CommitStockReservation;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.ReleaseStockReservation;
import io.ultramarket.commerce.schemas.stock.ReserveAvailableStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.totals.Destination;
import io.ultramarket.commerce.schemas.totals.ShippingQuote;
import io.ultramarket.commerce.schemas.totals.TaxCategory;
import io.ultramarket.commerce.schemas.totals.TaxRate;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checkout saga, path by path: each test is the events the saga has seen, the event it handles next
 * (or the time that passes), and the commands it sends in answer. The stock items' answers to
 * "reserve what is available" come from a table of units per warehouse, as the aggregates would give them.
 */
class CheckoutSagaTest {

    private static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID CART = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID PAYMENT = CheckoutIds.paymentOf(ORDER);
    private static final UUID RETURN = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final Address ADDRESS = new Address("Ada Lovelace", "Main St 1", null, "10115", "Berlin", "DE");
    private static final PaymentMethod CARD = new PaymentMethod("card", "pm_card_visa");
    private static final String SHIPPING = "parcelpost:standard";
    private static final OrderLine TWO_MUGS = new OrderLine(Sku.of("MUG"), Quantity.of(2), Money.of("10.00", "EUR"));
    private static final OrderLine ONE_TEE = new OrderLine(Sku.of("TEE"), Quantity.of(1), Money.of("20.00", "EUR"));
    private static final TaxRate VAT = new TaxRate("DE", TaxCategory.STANDARD, new BigDecimal("19"), true);
    // 40.00 of goods with 19 % VAT inside, and 4.90 of shipping: the payment is for all of it.
    private static final Totals TOTALS = Totals.of(List.of(TWO_MUGS, ONE_TEE),
            Map.of(TWO_MUGS.sku(), VAT, ONE_TEE.sku(), VAT),
            new ShippingQuote(SHIPPING, Money.of("4.90", "EUR"), Destination.of("DE"), 3, VAT));
    private static final Money TOTAL = Money.of("44.90", "EUR");
    private static final StockItemId MUG_BER = StockItemId.of("MUG", "BER-1");
    private static final StockItemId MUG_HAM = StockItemId.of("MUG", "HAM-1");
    private static final StockItemId TEE_BER = StockItemId.of("TEE", "BER-1");
    private static final StockItemId TEE_HAM = StockItemId.of("TEE", "HAM-1");
    private static final CheckoutProperties DEADLINES =
            new CheckoutProperties(Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofDays(30));

    private static final CartCheckedOut CHECKED_OUT = new CartCheckedOut(CART, ORDER, CUSTOMER, List.of(TWO_MUGS, ONE_TEE),
            TOTAL, ADDRESS, SHIPPING, CARD, List.of(), TOTALS);
    private static final PlaceOrder PLACE = new PlaceOrder(ORDER, CART, CUSTOMER, List.of(TWO_MUGS, ONE_TEE), ADDRESS,
            SHIPPING, CARD, TOTALS);
    private static final RequestPayment REQUEST_PAYMENT = new RequestPayment(PAYMENT, ORDER, TOTAL, CARD);
    private static final PaymentAuthorized AUTHORIZED = new PaymentAuthorized(PAYMENT, ORDER, "pi_1", TOTAL);
    private static final PaymentCaptured CAPTURED = new PaymentCaptured(PAYMENT, ORDER, TOTAL);
    private static final OrderShipped SHIPPED = new OrderShipped(ORDER, "parcelpost", "PP000000000001");
    private static final OrderDelivered DELIVERED = new OrderDelivered(ORDER);

    private SagaTestFixture<CheckoutSaga> fixture;
    /** Units available per stock item, as the stock items would answer. */
    private final Map<StockItemId, Integer> available = new HashMap<>();
    private RiskAssessment risk = RiskAssessment.clear();
    /** Promotions whose every use is taken, as the Promotion aggregate would refuse them. */
    private final Set<UUID> usedUp = new HashSet<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CheckoutSaga.class);
        fixture.registerResource(DEADLINES);
        fixture.registerResource((StockCandidates) sku -> List.of(WarehouseId.of("BER-1"), WarehouseId.of("HAM-1")));
        fixture.registerResource((FraudScreen) subject -> risk);
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof RedeemPromotion redeem && usedUp.contains(redeem.promotionId())) {
                throw new PromotionUsedUp(redeem.promotionId());
            }
            return command instanceof ReserveAvailableStock reserve ? reserveAvailable(reserve) : null;
        });
        available.put(MUG_BER, 10);
        available.put(TEE_BER, 10);
    }

    private int reserveAvailable(ReserveAvailableStock reserve) {
        int left = available.getOrDefault(reserve.stockItemId(), 0);
        int granted = Math.min(left, reserve.upTo().value());
        available.put(reserve.stockItemId(), left - granted);
        return granted;
    }

    private static ReserveAvailableStock reserve(StockItemId stockItem, int upTo) {
        return new ReserveAvailableStock(stockItem, ORDER, Quantity.of(upTo));
    }

    private static ReleaseStockReservation release(StockItemId stockItem, String reason) {
        return new ReleaseStockReservation(stockItem, ORDER, reason);
    }

    @Nested
    class HappyPath {

        @Test
        void aCheckoutPlacesTheOrderReservesEveryLineAndAsksForPayment() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(CHECKED_OUT)
                    .expectActiveSagas(1)
                    .expectDispatchedCommands(PLACE, reserve(MUG_BER, 2), reserve(TEE_BER, 1), REQUEST_PAYMENT)
                    .expectScheduledDeadlineWithName(Duration.ofMinutes(15), CheckoutSaga.PAYMENT_TIMEOUT)
                    .expectScheduledDeadlineWithName(Duration.ofMinutes(30), CheckoutSaga.RESERVATION_EXPIRY);
        }

        @Test
        void anAuthorizedPaymentConfirmsTheOrderAndIsCaptured() {
            fixture.givenAPublished(CHECKED_OUT)
                    .whenPublishingA(AUTHORIZED)
                    .expectDispatchedCommands(new ConfirmOrder(ORDER), new RequestPaymentCapture(PAYMENT))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aCapturedPaymentHandsTheOrderToTheChosenCarrier() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED)
                    .whenPublishingA(CAPTURED)
                    .expectDispatchedCommands(new RequestShipment(ORDER, SHIPPING, ADDRESS, 3));
        }

        @Test
        void theDispatchTakesTheReservedUnitsOffTheShelves() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .whenPublishingA(SHIPPED)
                    .expectDispatchedCommands(new CommitStockReservation(MUG_BER, ORDER), new CommitStockReservation(TEE_BER, ORDER));
        }

        @Test
        void afterDeliveryTheCheckoutStaysOpenForReturnsUntilTheWindowCloses() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .andThenAPublished(SHIPPED)
                    .whenPublishingA(DELIVERED)
                    .expectActiveSagas(1)
                    .expectNoDispatchedCommands()
                    .expectScheduledDeadlineWithName(Duration.ofDays(30), CheckoutSaga.RETURN_WINDOW);
            fixture.whenTimeElapses(Duration.ofDays(31))
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class Stock {

        @Test
        void aLineOneWarehouseCannotServeIsSplitAcrossWarehouses() {
            available.put(MUG_BER, 1);
            available.put(MUG_HAM, 5);
            fixture.givenNoPriorActivity()
                    .whenPublishingA(CHECKED_OUT)
                    .expectDispatchedCommands(PLACE, reserve(MUG_BER, 2), reserve(MUG_HAM, 1), reserve(TEE_BER, 1),
                            REQUEST_PAYMENT);
        }

        @Test
        void theSplitUnitsAreEachCommittedWhereTheyWereHeld() {
            available.put(MUG_BER, 1);
            available.put(MUG_HAM, 5);
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .whenPublishingA(SHIPPED)
                    .expectDispatchedCommands(new CommitStockReservation(MUG_BER, ORDER),
                            new CommitStockReservation(MUG_HAM, ORDER), new CommitStockReservation(TEE_BER, ORDER));
        }

        @Test
        void aLineThatCannotBeReservedReleasesTheOthersAndRejectsTheOrderWithTheReason() {
            available.put(TEE_BER, 0);
            String reason = "not enough stock of TEE: 1 of 1 unit(s) could not be reserved";
            fixture.givenNoPriorActivity()
                    .whenPublishingA(CHECKED_OUT)
                    .expectDispatchedCommands(PLACE, reserve(MUG_BER, 2), reserve(TEE_BER, 1), reserve(TEE_HAM, 1),
                            release(MUG_BER, "order rejected: " + reason), new RejectOrder(ORDER, reason))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void reservedStockExpiresWhenTheOrderIsNotConfirmedInTime() {
            risk = new RiskAssessment(90, List.of("new card"), true);
            fixture.givenAPublished(CHECKED_OUT)
                    .whenTimeElapses(Duration.ofMinutes(31))
                    .expectDispatchedCommands(new CancelOrder(ORDER, "the stock reservation expired before the order was confirmed"));
            fixture.whenPublishingA(new OrderCancelled(ORDER, "the stock reservation expired before the order was confirmed"))
                    .expectDispatchedCommands(
                            release(MUG_BER, "order cancelled: the stock reservation expired before the order was confirmed"),
                            release(TEE_BER, "order cancelled: the stock reservation expired before the order was confirmed"))
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class Payment {

        @Test
        void aDeclinedPaymentCancelsTheOrder() {
            fixture.givenAPublished(CHECKED_OUT)
                    .whenPublishingA(new PaymentDeclined(PAYMENT, ORDER, "insufficient_funds: Your card was declined."))
                    .expectDispatchedCommands(new CancelOrder(ORDER, "payment declined: insufficient_funds: Your card was declined."))
                    .expectNoScheduledDeadlineWithName(Duration.ofMinutes(15), CheckoutSaga.PAYMENT_TIMEOUT);
        }

        @Test
        void theCancellationAfterADeclineReleasesTheStockAndVoidsNothing() {
            fixture.givenAPublished(CHECKED_OUT)
                    .andThenAPublished(new PaymentDeclined(PAYMENT, ORDER, "generic_decline"))
                    .whenPublishingA(new OrderCancelled(ORDER, "payment declined: generic_decline"))
                    .expectDispatchedCommands(release(MUG_BER, "order cancelled: payment declined: generic_decline"),
                            release(TEE_BER, "order cancelled: payment declined: generic_decline"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aProviderThatDoesNotAnswerInTimeGetsThePaymentVoidedAndTheOrderCancelled() {
            fixture.givenAPublished(CHECKED_OUT)
                    .whenTimeElapses(Duration.ofMinutes(16))
                    .expectTriggeredDeadlinesWithName(CheckoutSaga.PAYMENT_TIMEOUT)
                    .expectDispatchedCommands(new AbandonPayment(PAYMENT, "the payment provider did not answer within PT15M"));
            fixture.whenPublishingA(new PaymentVoided(PAYMENT, ORDER, "the payment provider did not answer within PT15M", null))
                    .expectDispatchedCommands(new CancelOrder(ORDER, "payment timed out"));
            fixture.whenPublishingA(new OrderCancelled(ORDER, "payment timed out"))
                    .expectDispatchedCommands(release(MUG_BER, "order cancelled: payment timed out"),
                            release(TEE_BER, "order cancelled: payment timed out"))
                    .expectActiveSagas(0);
        }

        @Test
        void anAuthorizationTheSagaHasNotSeenYetWinsOverTheDeadline() throws Exception {
            // The deadline fires while the authorization is still on its way to the saga: the payment keeps it.
            fixture.givenAPublished(CHECKED_OUT)
                    .andThenTimeElapses(Duration.ofMinutes(16))
                    .whenPublishingA(AUTHORIZED)
                    .expectDispatchedCommands(new ConfirmOrder(ORDER), new RequestPaymentCapture(PAYMENT));
        }

        @Test
        void anAnswerBeforeTheDeadlineCancelsIt() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED)
                    .whenTimeElapses(Duration.ofMinutes(16))
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(1);
        }
    }

    @Nested
    class Cancellation {

        @Test
        void aCustomerCancellationWhileThePaymentIsPendingReleasesTheStockAndVoidsThePayment() {
            fixture.givenAPublished(CHECKED_OUT)
                    .whenPublishingA(new OrderCancelled(ORDER, "changed my mind"))
                    .expectDispatchedCommands(release(MUG_BER, "order cancelled: changed my mind"),
                            release(TEE_BER, "order cancelled: changed my mind"),
                            new VoidPayment(PAYMENT, "order cancelled: changed my mind"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aCancellationWhileTheCaptureIsUnderwayWaitsForItAndRefunds() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED)
                    .andThenAPublished(new OrderCancelled(ORDER, "changed my mind"))
                    .whenPublishingA(CAPTURED)
                    .expectDispatchedCommands(new RequestRefund(PAYMENT, CheckoutIds.cancellationRefundOf(ORDER), TOTAL,
                            "order cancelled before shipment"))
                    .expectActiveSagas(0);
        }

        @Test
        void aCancellationAfterTheCaptureButBeforeDispatchRefundsInFull() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .whenPublishingA(new OrderCancelled(ORDER, "changed my mind"))
                    .expectDispatchedCommands(release(MUG_BER, "order cancelled: changed my mind"),
                            release(TEE_BER, "order cancelled: changed my mind"),
                            new RequestRefund(PAYMENT, CheckoutIds.cancellationRefundOf(ORDER), TOTAL,
                                    "order cancelled before shipment: changed my mind"))
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class Returns {

        @Test
        void aPartialReturnRestocksWhereTheUnitsCameFromAndRefundsTheirWorth() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .andThenAPublished(SHIPPED).andThenAPublished(DELIVERED)
                    .whenPublishingA(new OrderReturned(ORDER, RETURN, List.of(new ReturnedLine(Sku.of("MUG"), Quantity.of(1))),
                            Money.of("10.00", "EUR"), "chipped", false, null))
                    .expectDispatchedCommands(new ReceiveStock(MUG_BER, Quantity.of(1), "return " + RETURN),
                            new RequestRefund(PAYMENT, RETURN, Money.of("10.00", "EUR"), "returned: chipped"))
                    .expectActiveSagas(1);
        }

        @Test
        void aFullReturnRestocksEverythingRefundsEverythingAndEndsTheCheckout() {
            List<ReturnedLine> everything = List.of(new ReturnedLine(Sku.of("MUG"), Quantity.of(2)),
                    new ReturnedLine(Sku.of("TEE"), Quantity.of(1)));
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .andThenAPublished(SHIPPED).andThenAPublished(DELIVERED)
                    .whenPublishingA(new OrderReturned(ORDER, RETURN, everything, TOTAL, "wrong colour", true, null))
                    .expectDispatchedCommands(new ReceiveStock(MUG_BER, Quantity.of(2), "return " + RETURN),
                            new ReceiveStock(TEE_BER, Quantity.of(1), "return " + RETURN),
                            new RequestRefund(PAYMENT, RETURN, TOTAL, "returned: wrong colour"))
                    .expectActiveSagas(0);
        }

        /** Revision 1 of OrderReturned (whole-order returns) reads without lines or refund: the payment recorded that refund then. */
        @Test
        void aRevisionOneReturnEndsTheCheckoutWithoutAskingForAnotherRefund() {
            fixture.givenAPublished(CHECKED_OUT).andThenAPublished(AUTHORIZED).andThenAPublished(CAPTURED)
                    .andThenAPublished(SHIPPED).andThenAPublished(DELIVERED)
                    .whenPublishingA(new OrderReturned(ORDER, RETURN, List.of(), null, "wrong colour", true, null))
                    .expectSuccessfulHandlerExecution()
                    .expectNoDispatchedCommands()
                    .expectActiveSagas(0);
        }
    }

    @Nested
    class FraudReview {

        @BeforeEach
        void risky() {
            risk = new RiskAssessment(90, List.of("the card was used by 4 customers within PT1H"), true);
        }

        @Test
        void aRiskyOrderWaitsForReviewInsteadOfBeingPaid() {
            fixture.givenNoPriorActivity()
                    .whenPublishingA(CHECKED_OUT)
                    .expectDispatchedCommands(PLACE, reserve(MUG_BER, 2), reserve(TEE_BER, 1),
                            new RequestOrderReview(ORDER, 90, List.of("the card was used by 4 customers within PT1H")))
                    .expectNoScheduledDeadlineWithName(Duration.ofMinutes(15), CheckoutSaga.PAYMENT_TIMEOUT);
        }

        @Test
        void anApprovedOrderGoesOnToPayment() {
            fixture.givenAPublished(CHECKED_OUT)
                    .whenPublishingA(new OrderReviewApproved(ORDER))
                    .expectDispatchedCommands(REQUEST_PAYMENT)
                    .expectScheduledDeadlineWithName(Duration.ofMinutes(15), CheckoutSaga.PAYMENT_TIMEOUT);
        }

        @Test
        void aRejectedOrderReleasesItsStock() {
            fixture.givenAPublished(CHECKED_OUT)
                    .whenPublishingA(new OrderRejected(ORDER, "rejected on review"))
                    .expectDispatchedCommands(release(MUG_BER, "order rejected: rejected on review"),
                            release(TEE_BER, "order rejected: rejected on review"))
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }
    }

    /** A 422 refusal, as the Promotion aggregate's (the saga knows only that it is a business rule's refusal). */
    static class PromotionUsedUp extends RuntimeException implements DescribedProblem {

        PromotionUsedUp(UUID promotionId) {
            super("Promotion " + promotionId + " is used up: all 10 uses are taken.");
        }

        @Override
        public int status() {
            return 422;
        }
    }

    @Nested
    class Promotions {

        private static final UUID COUPON = new CouponCode("SAVE10").promotionId();
        private static final UUID FREE_SHIPPING = UUID.fromString("00000000-0000-0000-0000-0000000000f5");
        // 10 % off the 40.00 of goods is 4.00, shared 2.00 / 2.00 by value; free shipping takes the 4.90 fee off.
        private static final Discount TEN_PERCENT = new Discount(COUPON, new CouponCode("SAVE10"), "10 % off",
                Money.of("4.00", "EUR"), Money.of("0.00", "EUR"), List.of(new LineDiscount(TWO_MUGS.sku(),
                Money.of("2.00", "EUR")), new LineDiscount(ONE_TEE.sku(), Money.of("2.00", "EUR"))));
        private static final Discount SHIPPING_FREE = new Discount(FREE_SHIPPING, null, "free shipping",
                Money.of("4.90", "EUR"), Money.of("4.90", "EUR"), List.of());
        private static final Totals DISCOUNTED = Totals.of(List.of(TWO_MUGS, ONE_TEE),
                Map.of(TWO_MUGS.sku(), VAT, ONE_TEE.sku(), VAT),
                new ShippingQuote(SHIPPING, Money.of("4.90", "EUR"), Destination.of("DE"), 3, VAT),
                List.of(TEN_PERCENT, SHIPPING_FREE));
        private static final Money DISCOUNTED_TOTAL = Money.of("36.00", "EUR");
        private static final CartCheckedOut WITH_PROMOTIONS = new CartCheckedOut(CART, ORDER, CUSTOMER,
                List.of(TWO_MUGS, ONE_TEE), DISCOUNTED_TOTAL, ADDRESS, SHIPPING, CARD, List.of(), DISCOUNTED);
        private static final PlaceOrder PLACE_WITH_PROMOTIONS = new PlaceOrder(ORDER, CART, CUSTOMER,
                List.of(TWO_MUGS, ONE_TEE), ADDRESS, SHIPPING, CARD, DISCOUNTED);

        @Test
        void aDiscountedCheckoutRedeemsEachPromotionInIdOrderBeforeHoldingStockAndAsksForTheDiscountedTotal() {
            assertThat(DISCOUNTED.total()).isEqualTo(DISCOUNTED_TOTAL);
            List<UUID> inIdOrder = sorted();
            fixture.givenNoPriorActivity()
                    .whenPublishingA(WITH_PROMOTIONS)
                    .expectDispatchedCommands(PLACE_WITH_PROMOTIONS, redeem(inIdOrder.get(0)), redeem(inIdOrder.get(1)),
                            reserve(MUG_BER, 2), reserve(TEE_BER, 1),
                            new RequestPayment(PAYMENT, ORDER, DISCOUNTED_TOTAL, CARD))
                    .expectActiveSagas(1);
        }

        @Test
        void aCouponUsedUpMeanwhileRejectsTheOrderWithTheReasonGivesBackTheOtherUseAndHoldsNoStockOrMoney() {
            usedUp.add(COUPON);
            List<UUID> inIdOrder = sorted();
            String reason = "promotion " + COUPON + " refused this order: Promotion " + COUPON
                    + " is used up: all 10 uses are taken.";
            List<Object> expected = new ArrayList<>(List.of(PLACE_WITH_PROMOTIONS));
            if (inIdOrder.get(0).equals(COUPON)) {
                expected.addAll(List.of(redeem(COUPON), new RejectOrder(ORDER, reason)));
            } else {
                expected.addAll(List.of(redeem(FREE_SHIPPING), redeem(COUPON),
                        new ReleasePromotionRedemption(FREE_SHIPPING, ORDER), new RejectOrder(ORDER, reason)));
            }
            fixture.givenNoPriorActivity()
                    .whenPublishingA(WITH_PROMOTIONS)
                    .expectDispatchedCommands(expected.toArray())
                    .expectActiveSagas(0)
                    .expectNoScheduledDeadlines();
        }

        @Test
        void aCancelledOrderGivesItsUsesBack() {
            fixture.givenAPublished(WITH_PROMOTIONS)
                    .whenPublishingA(new OrderCancelled(ORDER, "changed my mind"))
                    .expectDispatchedCommands(release(MUG_BER, "order cancelled: changed my mind"),
                            release(TEE_BER, "order cancelled: changed my mind"),
                            releaseUse(sorted().get(0)), releaseUse(sorted().get(1)),
                            new VoidPayment(PAYMENT, "order cancelled: changed my mind"))
                    .expectActiveSagas(0);
        }

        @Test
        void aRejectedOrderGivesItsUsesBack() {
            fixture.givenAPublished(WITH_PROMOTIONS)
                    .whenPublishingA(new OrderRejected(ORDER, "rejected on review"))
                    .expectDispatchedCommands(release(MUG_BER, "order rejected: rejected on review"),
                            release(TEE_BER, "order rejected: rejected on review"),
                            releaseUse(sorted().get(0)), releaseUse(sorted().get(1)))
                    .expectActiveSagas(0);
        }

        private static List<UUID> sorted() {
            return List.of(COUPON, FREE_SHIPPING).stream().sorted().toList();
        }

        private static RedeemPromotion redeem(UUID promotion) {
            return new RedeemPromotion(promotion, ORDER, CUSTOMER);
        }

        private static ReleasePromotionRedemption releaseUse(UUID promotion) {
            return new ReleasePromotionRedemption(promotion, ORDER);
        }
    }
}
