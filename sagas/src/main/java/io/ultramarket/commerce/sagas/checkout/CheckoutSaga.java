package io.ultramarket.commerce.sagas.checkout;

import io.ultramarket.commerce.sagas.fraud.FraudScreen;
import io.ultramarket.commerce.sagas.fraud.RiskAssessment;
import io.ultramarket.commerce.sagas.fraud.RiskSubject;
import io.ultramarket.commerce.sagas.parking.FailureClassification;
import io.ultramarket.commerce.schemas.cart.CartCheckedOut;
import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.DescribedProblem;
import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.common.OrderLine;
import io.ultramarket.commerce.schemas.common.PaymentMethod;
import io.ultramarket.commerce.schemas.common.PersonalData;
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
import io.ultramarket.commerce.schemas.promotion.RedeemPromotion;
import io.ultramarket.commerce.schemas.promotion.ReleasePromotionRedemption;
import io.ultramarket.commerce.schemas.stock.CommitStockReservation;
import io.ultramarket.commerce.schemas.stock.ReceiveStock;
import io.ultramarket.commerce.schemas.stock.ReleaseStockReservation;
import io.ultramarket.commerce.schemas.stock.ReserveAvailableStock;
import io.ultramarket.commerce.schemas.stock.StockItemId;
import io.ultramarket.commerce.schemas.totals.Totals;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The checkout, from a checked-out cart to a delivered (or cancelled, rejected, returned) order. It places
 * the order, redeems the promotions its totals took discounts from (given back if it is cancelled or rejected),
 * reserves stock for every line, screens for fraud, has the payment authorized, confirms the
 * order, has the payment captured, has a carrier take the parcel, commits the stock when it ships, and
 * refunds and restocks returns. Every failing step is compensated: reserved units go back, an authorization
 * is voided, captured money is refunded.
 *
 * <p>It only sends commands. Calls to the payment provider and the carriers happen elsewhere
 * ({@code PaymentProviderRelay}, {@code ShippingRelay}), on their own processors, in reaction to the events
 * these commands cause; the saga hears back through the events that follow. A provider that never answers
 * is handled by a deadline, persisted in PostgreSQL (ADR 0014, 0015).
 *
 * <p>Commands whose refusal is an expected race (the customer cancelled meanwhile) are sent without
 * waiting: a refusal is logged, and the event that explains it reaches the saga next. All commands sent
 * while handling one event commit in the saga's transaction, with its state and token: a retried event
 * repeats all of them or none.
 */
@Saga
public class CheckoutSaga {

    /** The saga's processing group and processor: Axon's default name for this saga's. */
    public static final String PROCESSING_GROUP = "CheckoutSagaProcessor";

    static final String PAYMENT_TIMEOUT = "payment-timeout";
    static final String RESERVATION_EXPIRY = "reservation-expiry";
    static final String RETURN_WINDOW = "return-window";

    private static final Logger log = LoggerFactory.getLogger(CheckoutSaga.class);

    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient StockCandidates candidates;
    @Autowired
    private transient FraudScreen fraudScreen;
    @Autowired
    private transient CheckoutProperties properties;

    private UUID orderId;
    private UUID customerId;
    private List<OrderLine> lines;
    private Money total;
    // Stored sealed with the customer's key (ADR 0069, 0073): saga_entry holds no plaintext address or card token.
    @PersonalData(subject = {"customerId", "orderId"})
    private Address shippingAddress;
    private String shippingOption;
    @PersonalData(subject = {"customerId", "orderId"})
    private PaymentMethod paymentMethod;
    private UUID paymentId;
    private Stage stage;
    private PaymentStage payment = PaymentStage.NONE;
    private List<Allocation> allocations = new ArrayList<>();
    // The promotions this order holds a use of (ADR 0072): given back when it is cancelled or rejected.
    private List<UUID> redeemed = new ArrayList<>();
    private String paymentDeadline;
    private String reservationDeadline;

    /** Where the order stands, as far as the checkout is concerned; public for the {@code commerce.saga.instances} gauge. */
    public enum Stage { RESERVED, IN_REVIEW, AWAITING_PAYMENT, CONFIRMED, SHIPPING, SHIPPED, DELIVERED, CANCELLING }

    /** Where its payment stands, to know how to compensate it. */
    enum PaymentStage { NONE, REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED, DECLINED, VOIDED }

    @StartSaga
    @SagaEventHandler(associationProperty = "orderId")
    void on(CartCheckedOut checkout) {
        orderId = checkout.orderId();
        customerId = checkout.customerId();
        lines = checkout.lines();
        total = checkout.total();
        shippingAddress = checkout.shippingAddress();
        shippingOption = checkout.shippingOption();
        paymentMethod = checkout.paymentMethod();
        paymentId = CheckoutIds.paymentOf(orderId);
        // Placing is idempotent (the order id comes from the checkout); a refusal here is a broken contract,
        // so it propagates and the checkout event is retried.
        commands.sendAndWait(new PlaceOrder(orderId, checkout.cartId(), customerId, lines, shippingAddress,
                shippingOption, paymentMethod, checkout.totals()));
        Optional<String> refusedPromotion = redeemEveryPromotion(checkout.totals());
        if (refusedPromotion.isPresent()) {
            releasePromotions();
            send(new RejectOrder(orderId, refusedPromotion.get()));
            SagaLifecycle.end();
            return;
        }
        reservationDeadline = deadlines.schedule(properties.reservationTimeout(), RESERVATION_EXPIRY);

        Optional<String> shortage = reserveEveryLine();
        if (shortage.isPresent()) {
            releaseReservations("order rejected: " + shortage.get());
            send(new RejectOrder(orderId, shortage.get()));
            cancelDeadlines();
            SagaLifecycle.end();
            return;
        }
        stage = Stage.RESERVED;
        RiskAssessment risk = fraudScreen.assess(new RiskSubject(orderId, customerId, total, paymentMethod, shippingAddress));
        if (risk.needsReview()) {
            stage = Stage.IN_REVIEW;
            send(new RequestOrderReview(orderId, risk.score(), risk.reasons()));
        } else {
            requestPayment();
        }
    }

    /**
     * Asks the candidate warehouses of each SKU in turn for what they have, until the line is covered. The
     * stock items decide; the candidates only say where to ask first.
     *
     * @return why the order cannot be served, when a line stays short
     */
    private Optional<String> reserveEveryLine() {
        // In SKU order: a stock item stays locked until the saga's transaction ends, and the saga's segments run
        // side by side (ADR 0070); two orders that took the same items in opposite orders would wait for each other.
        Map<Sku, Integer> wanted = new TreeMap<>(Comparator.comparing(Sku::value));
        for (OrderLine line : lines) {
            wanted.merge(line.sku(), line.quantity().value(), Integer::sum);
        }
        for (Map.Entry<Sku, Integer> line : wanted.entrySet()) {
            int missing = line.getValue();
            for (WarehouseId warehouse : candidates.warehousesFor(line.getKey())) {
                if (missing == 0) {
                    break;
                }
                StockItemId stockItem = new StockItemId(line.getKey(), warehouse);
                Integer held = commands.sendAndWait(new ReserveAvailableStock(stockItem, orderId, Quantity.of(missing)));
                if (held != null && held > 0) {
                    allocations.add(new Allocation(stockItem, held));
                    missing -= held;
                }
            }
            if (missing > 0) {
                return Optional.of("not enough stock of " + line.getKey() + ": " + missing + " of "
                        + line.getValue() + " unit(s) could not be reserved");
            }
        }
        return Optional.empty();
    }

    /**
     * Counts a use of every promotion the order's totals took a discount from, before any stock is held or money
     * asked for (ADR 0072). In promotion id order, first of all locks the saga takes, so two checkouts cannot hold
     * each other's promotion or stock item. The same order again is no new use, so a redelivered checkout repeats
     * this harmlessly. A promotion that refuses (used up by other orders meanwhile, switched off, closed) is the
     * reason the order is rejected; any other failure propagates, and the checkout is tried again.
     *
     * @return why the order cannot have its discounts, when a promotion refuses
     */
    private Optional<String> redeemEveryPromotion(Totals totals) {
        List<UUID> promotions = totals.discounts().stream().map(discount -> UUID.fromString(discount.source()))
                .distinct().sorted().toList();
        for (UUID promotion : promotions) {
            try {
                commands.sendAndWait(new RedeemPromotion(promotion, orderId, customerId));
            } catch (RuntimeException failure) {
                Optional<DescribedProblem> refusal = FailureClassification.refusal(failure);
                if (refusal.isEmpty()) {
                    throw failure;
                }
                return Optional.of("promotion " + promotion + " refused this order: " + refusal.get().getMessage());
            }
            redeemed.add(promotion);
        }
        return Optional.empty();
    }

    private void requestPayment() {
        stage = Stage.AWAITING_PAYMENT;
        payment = PaymentStage.REQUESTED;
        send(new RequestPayment(paymentId, orderId, total, paymentMethod));
        paymentDeadline = deadlines.schedule(properties.paymentTimeout(), PAYMENT_TIMEOUT);
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderReviewApproved approved) {
        if (stage == Stage.IN_REVIEW) {
            requestPayment();
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderRejected rejected) {
        cancelDeadlines();
        releaseReservations("order rejected: " + rejected.reason());
        releasePromotions();
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentAuthorized authorized) {
        cancelPaymentDeadline();
        payment = PaymentStage.AUTHORIZED;
        if (stage != Stage.AWAITING_PAYMENT) {
            return;
        }
        try {
            commands.sendAndWait(new ConfirmOrder(orderId));
        } catch (RuntimeException refused) {
            // The customer cancelled while the provider was deciding: the cancellation reaches the saga
            // next and voids this authorization.
            log.info("Order {} was not confirmed after its payment was authorized: {}", orderId, refused.getMessage());
            return;
        }
        stage = Stage.CONFIRMED;
        cancelReservationDeadline();
        payment = PaymentStage.CAPTURE_REQUESTED;
        send(new RequestPaymentCapture(paymentId));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentDeclined declined) {
        cancelPaymentDeadline();
        payment = PaymentStage.DECLINED;
        send(new CancelOrder(orderId, "payment declined: " + declined.reason()));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentCaptured captured) {
        payment = PaymentStage.CAPTURED;
        if (stage == Stage.CANCELLING) {
            refundInFull("order cancelled before shipment");
            SagaLifecycle.end();
            return;
        }
        stage = Stage.SHIPPING;
        int units = lines.stream().mapToInt(line -> line.quantity().value()).sum();
        send(new RequestShipment(orderId, shippingOption, shippingAddress, units));
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderShipped shipped) {
        stage = Stage.SHIPPED;
        for (Allocation allocation : allocations) {
            send(new CommitStockReservation(allocation.stockItemId(), orderId));
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderDelivered delivered) {
        stage = Stage.DELIVERED;
        deadlines.schedule(properties.returnWindow(), RETURN_WINDOW);
    }

    /** Returned units go back on hand where they were taken from, and their worth is refunded. */
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderReturned returned) {
        for (ReturnedLine line : returned.lines()) {
            int left = line.quantity().value();
            for (Allocation allocation : allocations) {
                if (left == 0) {
                    break;
                }
                if (allocation.stockItemId().sku().equals(line.sku())) {
                    int back = Math.min(left, allocation.quantity());
                    send(new ReceiveStock(allocation.stockItemId(), Quantity.of(back), "return " + returned.returnId()));
                    left -= back;
                }
            }
        }
        // A revision 1 return states no refund: that refund was recorded on the payment at the time. Asking
        // for one without an amount is a command that cannot be built (ADR 0050), and a failure here would
        // hold the event for ever.
        if (returned.refund() != null) {
            send(new RequestRefund(paymentId, returned.returnId(), returned.refund(), "returned: " + returned.reason()));
        }
        if (returned.complete()) {
            SagaLifecycle.end();
        }
    }

    /**
     * However the order was cancelled (by the customer, a declined or unanswered payment, an expired
     * reservation), the units go back and the money is released or refunded. A capture already underway
     * cannot be stopped: the saga waits for it and refunds.
     */
    @SagaEventHandler(associationProperty = "orderId")
    void on(OrderCancelled cancelled) {
        cancelDeadlines();
        releaseReservations("order cancelled: " + cancelled.reason());
        releasePromotions();
        switch (payment) {
            case REQUESTED, AUTHORIZED -> {
                payment = PaymentStage.VOIDED;
                send(new VoidPayment(paymentId, "order cancelled: " + cancelled.reason()));
            }
            case CAPTURE_REQUESTED -> {
                stage = Stage.CANCELLING;
                return;
            }
            case CAPTURED -> refundInFull("order cancelled before shipment: " + cancelled.reason());
            case NONE, DECLINED, VOIDED -> {
                // Nothing was taken or held.
            }
        }
        SagaLifecycle.end();
    }

    /**
     * The provider has not answered in time, as far as the saga has heard. The payment itself decides (the
     * saga's view may lag behind an authorization already recorded): if it is still waiting, it is voided,
     * and that voiding cancels the order.
     */
    @DeadlineHandler(deadlineName = PAYMENT_TIMEOUT)
    void paymentTimedOut() {
        paymentDeadline = null;
        if (payment == PaymentStage.REQUESTED) {
            send(new AbandonPayment(paymentId, "the payment provider did not answer within " + properties.paymentTimeout()));
        }
    }

    @SagaEventHandler(associationProperty = "orderId")
    void on(PaymentVoided voided) {
        if (payment == PaymentStage.REQUESTED && stage == Stage.AWAITING_PAYMENT) {
            payment = PaymentStage.VOIDED;
            send(new CancelOrder(orderId, "payment timed out"));
        }
    }

    @DeadlineHandler(deadlineName = RESERVATION_EXPIRY)
    void reservationExpired() {
        reservationDeadline = null;
        if (stage == Stage.RESERVED || stage == Stage.IN_REVIEW || stage == Stage.AWAITING_PAYMENT) {
            send(new CancelOrder(orderId, "the stock reservation expired before the order was confirmed"));
        }
    }

    @DeadlineHandler(deadlineName = RETURN_WINDOW)
    void returnWindowClosed() {
        SagaLifecycle.end();
    }

    private void refundInFull(String reason) {
        send(new RequestRefund(paymentId, CheckoutIds.cancellationRefundOf(orderId), total, reason));
    }

    private void releaseReservations(String reason) {
        for (Allocation allocation : allocations) {
            send(new ReleaseStockReservation(allocation.stockItemId(), orderId, reason));
        }
        allocations = new ArrayList<>();
    }

    /** Gives back the order's use of each promotion it redeemed; a promotion the order holds no use of ignores it. */
    private void releasePromotions() {
        if (redeemed == null) {
            return; // a checkout from before promotions were redeemed (ADR 0072)
        }
        for (UUID promotion : redeemed) {
            send(new ReleasePromotionRedemption(promotion, orderId));
        }
        redeemed = new ArrayList<>();
    }

    private void cancelDeadlines() {
        cancelPaymentDeadline();
        cancelReservationDeadline();
    }

    private void cancelPaymentDeadline() {
        if (paymentDeadline != null) {
            deadlines.cancelSchedule(PAYMENT_TIMEOUT, paymentDeadline);
            paymentDeadline = null;
        }
    }

    private void cancelReservationDeadline() {
        if (reservationDeadline != null) {
            deadlines.cancelSchedule(RESERVATION_EXPIRY, reservationDeadline);
            reservationDeadline = null;
        }
    }

    /** Sends without waiting for the outcome; a refusal is a race the next event explains, so it is logged. */
    private void send(Object command) {
        commands.send(command).exceptionally(refused -> {
            log.info("Order {}: {} was refused: {}", orderId, command.getClass().getSimpleName(), refused.getMessage());
            return null;
        });
    }
}
