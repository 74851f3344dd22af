package io.ultramarket.commerce.command.payment;

import io.ultramarket.commerce.schemas.common.Money;
import io.ultramarket.commerce.schemas.payment.AbandonPayment;
import io.ultramarket.commerce.schemas.payment.AuthorizePayment;
import io.ultramarket.commerce.schemas.payment.CapturePayment;
import io.ultramarket.commerce.schemas.payment.DeclinePayment;
import io.ultramarket.commerce.schemas.payment.PaymentAuthorized;
import io.ultramarket.commerce.schemas.payment.PaymentCaptureRequested;
import io.ultramarket.commerce.schemas.payment.PaymentCaptured;
import io.ultramarket.commerce.schemas.payment.PaymentDeclined;
import io.ultramarket.commerce.schemas.payment.PaymentRefundRequested;
import io.ultramarket.commerce.schemas.payment.PaymentRefunded;
import io.ultramarket.commerce.schemas.payment.PaymentRequested;
import io.ultramarket.commerce.schemas.payment.PaymentStatus;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import io.ultramarket.commerce.schemas.payment.RefundPayment;
import io.ultramarket.commerce.schemas.payment.RequestPayment;
import io.ultramarket.commerce.schemas.payment.RequestPaymentCapture;
import io.ultramarket.commerce.schemas.payment.RequestRefund;
import io.ultramarket.commerce.schemas.payment.VoidPayment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.ultramarket.commerce.schemas.payment.PaymentStatus.AUTHORIZED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.CAPTURED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.DECLINED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.PARTIALLY_REFUNDED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.REFUNDED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.REQUESTED;
import static io.ultramarket.commerce.schemas.payment.PaymentStatus.VOIDED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The payment of one order. Its job is to make sure the customer is never charged or refunded more than
 * agreed: each step is bounded by the one before (authorized by requested, captured by authorized,
 * refunded by captured), and all in the requested currency. Provider callbacks and sagas deliver at least
 * once, so repeating the step that led to the current status changes nothing.
 */
@Aggregate(cache = "aggregateCache")
public class Payment {

    @AggregateIdentifier
    private UUID paymentId;
    private UUID orderId;
    private PaymentStatus status;
    private Money requested;
    private String providerReference;
    private Money authorized;
    private Money captured;
    private Money refunded;
    // Refunds are retried by people and sagas; the id is what keeps a retry from paying out twice.
    private final Set<UUID> refundIds = new HashSet<>();
    private boolean captureRequested;
    // Refunds asked of the provider and not yet confirmed: they count against what may still be refunded.
    private final Map<UUID, Money> pendingRefunds = new HashMap<>();

    @CommandHandler
    public Payment(RequestPayment command) {
        UUID paymentId = command.paymentId();
        if (command.amount().isZero()) {
            throw new ZeroPaymentAmount(paymentId, "request");
        }
        apply(new PaymentRequested(paymentId, command.orderId(), command.amount(), command.method()));
    }

    @CommandHandler
    public void handle(AuthorizePayment command) {
        requireAmount(command.amount(), "authorize");
        if (status == AUTHORIZED && command.providerReference().equals(providerReference)) {
            return;
        }
        if (status != REQUESTED) {
            throw new IllegalPaymentTransition(paymentId, status, AUTHORIZED, status == AUTHORIZED
                    ? "it is already authorized under provider reference " + providerReference + "."
                    : "only a REQUESTED payment can be authorized.");
        }
        if (command.amount().isGreaterThan(requested)) {
            throw PaymentAmountExceeded.authorizing(paymentId, command.amount(), requested);
        }
        apply(new PaymentAuthorized(paymentId, orderId, command.providerReference(), command.amount()));
    }

    @CommandHandler
    public void handle(DeclinePayment command) {
        if (status == DECLINED) {
            return;
        }
        if (status != REQUESTED) {
            throw new IllegalPaymentTransition(paymentId, status, DECLINED, "only a REQUESTED payment can be declined.");
        }
        apply(new PaymentDeclined(paymentId, orderId, command.reason()));
    }

    @CommandHandler
    public void handle(RequestPaymentCapture command) {
        if (captureRequested) {
            return;
        }
        if (status != AUTHORIZED) {
            throw new IllegalPaymentTransition(paymentId, status, CAPTURED, "only an AUTHORIZED payment can be captured.");
        }
        apply(new PaymentCaptureRequested(paymentId, orderId, providerReference, authorized));
    }

    @CommandHandler
    public void handle(CapturePayment command) {
        requireAmount(command.amount(), "capture");
        if (status == CAPTURED && command.amount().equals(captured)) {
            return;
        }
        if (status != AUTHORIZED) {
            throw new IllegalPaymentTransition(paymentId, status, CAPTURED, captured != null
                    ? "it was already captured (" + captured + ") and a payment is captured only once."
                    : "only an AUTHORIZED payment can be captured.");
        }
        if (command.amount().isGreaterThan(authorized)) {
            throw PaymentAmountExceeded.capturing(paymentId, command.amount(), authorized);
        }
        apply(new PaymentCaptured(paymentId, orderId, command.amount()));
    }

    @CommandHandler
    public void handle(VoidPayment command) {
        if (status == VOIDED) {
            return;
        }
        if (captured != null || captureRequested) {
            throw new IllegalPaymentTransition(paymentId, status, VOIDED, captured != null
                    ? "money was already captured; refund it instead."
                    : "its capture was already asked of the provider; refund it once captured.");
        }
        // A REQUESTED payment is voided when the provider has not answered in time: whatever it decides
        // later is released again (see PaymentProviderRelay).
        if (status != AUTHORIZED && status != REQUESTED) {
            throw new IllegalPaymentTransition(paymentId, status, VOIDED, "only a REQUESTED or AUTHORIZED payment can be voided.");
        }
        apply(new PaymentVoided(paymentId, orderId, command.reason(), providerReference));
    }

    /**
     * The checkout's payment deadline passed. Whether the provider answered in time is decided here, in
     * the payment's own order of events, not by the checkout's possibly older view of it.
     */
    @CommandHandler
    public void handle(AbandonPayment command) {
        if (status != REQUESTED) {
            return;
        }
        apply(new PaymentVoided(paymentId, orderId, command.reason(), null));
    }

    @CommandHandler
    public void handle(RequestRefund command) {
        requireAmount(command.amount(), "refund");
        if (refundIds.contains(command.refundId()) || pendingRefunds.containsKey(command.refundId())) {
            return;
        }
        requireRefundable(command.amount());
        apply(new PaymentRefundRequested(paymentId, orderId, command.refundId(), providerReference, command.amount(),
                command.reason()));
    }

    @CommandHandler
    public void handle(RefundPayment command) {
        requireAmount(command.amount(), "refund");
        if (refundIds.contains(command.refundId())) {
            return;
        }
        // The provider's confirmation of a requested refund was already counted when it was requested.
        Money pending = pendingRefunds.get(command.refundId());
        if (pending == null || !pending.equals(command.amount())) {
            requireRefundable(command.amount());
        }
        apply(new PaymentRefunded(paymentId, orderId, command.refundId(), command.amount(),
                refunded.plus(command.amount()), command.reason()));
    }

    private void requireRefundable(Money amount) {
        if (status != CAPTURED && status != PARTIALLY_REFUNDED) {
            throw new IllegalPaymentTransition(paymentId, status, REFUNDED, status == REFUNDED
                    ? "the captured amount was already refunded in full."
                    : "only a CAPTURED or PARTIALLY_REFUNDED payment can be refunded.");
        }
        Money refundable = captured.minus(refunded);
        for (Money held : pendingRefunds.values()) {
            refundable = refundable.minus(held);
        }
        if (amount.isGreaterThan(refundable)) {
            throw PaymentAmountExceeded.refunding(paymentId, amount, refundable);
        }
    }

    private void requireAmount(Money amount, String action) {
        if (!amount.hasSameCurrencyAs(requested)) {
            throw new PaymentCurrencyMismatch(paymentId, amount.currency(), requested.currency());
        }
        if (amount.isZero()) {
            throw new ZeroPaymentAmount(paymentId, action);
        }
    }

    @EventSourcingHandler
    public void on(PaymentRequested event) {
        paymentId = event.paymentId();
        orderId = event.orderId();
        requested = event.amount();
        status = REQUESTED;
    }

    @EventSourcingHandler
    public void on(PaymentAuthorized event) {
        providerReference = event.providerReference();
        authorized = event.amount();
        status = AUTHORIZED;
    }

    @EventSourcingHandler
    public void on(PaymentDeclined event) {
        status = DECLINED;
    }

    @EventSourcingHandler
    public void on(PaymentCaptureRequested event) {
        captureRequested = true;
    }

    @EventSourcingHandler
    public void on(PaymentRefundRequested event) {
        pendingRefunds.put(event.refundId(), event.amount());
    }

    @EventSourcingHandler
    public void on(PaymentCaptured event) {
        captured = event.amount();
        refunded = Money.zero(event.amount().currency());
        status = CAPTURED;
    }

    @EventSourcingHandler
    public void on(PaymentVoided event) {
        status = VOIDED;
    }

    @EventSourcingHandler
    public void on(PaymentRefunded event) {
        refundIds.add(event.refundId());
        pendingRefunds.remove(event.refundId());
        refunded = event.totalRefunded();
        status = captured.isGreaterThan(refunded) ? PARTIALLY_REFUNDED : REFUNDED;
    }

    protected Payment() {
        // Axon rebuilds the payment from its events through this constructor.
    }
}
