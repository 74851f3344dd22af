package io.ultramarket.commerce.sagas.payment;

import io.ultramarket.commerce.schemas.common.Money;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * A payment provider inside the app, the default ({@code commerce.payments.provider=simulated}): it holds,
 * captures, releases and refunds in memory, and declines by test token the way Stripe's test cards do.
 * Like a real provider it is idempotent by key: the same key always gets the first answer, so it also
 * counts how many captures really happened per payment, which is what tests check for double charges.
 *
 * <p>Declining tokens: {@code pm_card_chargeDeclined} / {@code tok_4000000000000002} (generic_decline),
 * {@code pm_card_chargeDeclinedInsufficientFunds} / {@code tok_4000000000009995} (insufficient_funds),
 * {@code pm_card_chargeDeclinedLostCard} / {@code tok_4000000000009987} (lost_card),
 * {@code pm_card_chargeDeclinedStolenCard} / {@code tok_4000000000009979} (stolen_card),
 * {@code pm_card_chargeDeclinedExpiredCard} / {@code tok_4000000000000069} (expired_card),
 * {@code pm_card_chargeDeclinedIncorrectCvc} / {@code tok_4000000000000127} (incorrect_cvc). The token
 * {@code pm_card_unresponsive} (this simulator's own) never gets an answer to its authorization. Any other
 * token is approved. State is lost on restart: it is a stand-in, not a ledger. {@link SimulatedPaymentFaults}
 * switches refusals and outages on for one card's later calls.
 */
@Component
@ConditionalOnProperty(name = "commerce.payments.provider", havingValue = "simulated", matchIfMissing = true)
public class SimulatedPaymentProvider implements PaymentGateway {

    public static final String UNRESPONSIVE_TOKEN = "pm_card_unresponsive";

    private static final Map<String, String> DECLINES = Map.ofEntries(
            Map.entry("pm_card_chargeDeclined", "generic_decline"),
            Map.entry("tok_4000000000000002", "generic_decline"),
            Map.entry("pm_card_chargeDeclinedInsufficientFunds", "insufficient_funds"),
            Map.entry("tok_4000000000009995", "insufficient_funds"),
            Map.entry("pm_card_chargeDeclinedLostCard", "lost_card"),
            Map.entry("tok_4000000000009987", "lost_card"),
            Map.entry("pm_card_chargeDeclinedStolenCard", "stolen_card"),
            Map.entry("tok_4000000000009979", "stolen_card"),
            Map.entry("pm_card_chargeDeclinedExpiredCard", "expired_card"),
            Map.entry("tok_4000000000000069", "expired_card"),
            Map.entry("pm_card_chargeDeclinedIncorrectCvc", "incorrect_cvc"),
            Map.entry("tok_4000000000000127", "incorrect_cvc"));

    private final SimulatedPaymentProperties properties;
    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    private final Map<String, Hold> holds = new ConcurrentHashMap<>();
    private final SimulatedPaymentBooks books;
    private final SimulatedPaymentFaults faults;

    public SimulatedPaymentProvider(SimulatedPaymentProperties properties, SimulatedPaymentBooks books,
                                    SimulatedPaymentFaults faults) {
        this.properties = properties;
        this.books = books;
        this.faults = faults;
    }

    @Override
    public Mono<AuthorizationResult> authorize(AuthorizationRequest request) {
        // Any token that starts so: each test can have its own card, which the fraud velocity rules see apart.
        if (request.method().token().startsWith(UNRESPONSIVE_TOKEN)) {
            return Mono.delay(properties.latency()).then(Mono.error(
                    new PaymentProviderUnavailable("the simulated provider never answers " + UNRESPONSIVE_TOKEN, null)));
        }
        return call(ProviderIdempotencyKey.authorize(request.paymentId()), null, () -> {
            String reference = "pi_sim_" + request.paymentId();
            String decline = DECLINES.get(request.method().token());
            if (decline != null) {
                return new AuthorizationResult.Declined(reference, decline, "Your card was declined (" + decline + ").");
            }
            holds.put(reference, new Hold(request.amount(), request.method().token()));
            return new AuthorizationResult.Authorized(reference, request.amount());
        });
    }

    @Override
    public Mono<Captured> capture(CaptureRequest request) {
        return call(ProviderIdempotencyKey.capture(request.paymentId()), request.providerReference(), () -> {
            Hold hold = holdOf(request.providerReference());
            if (hold.released) {
                throw new PaymentProviderRejected("the authorization " + request.providerReference() + " was released");
            }
            if (request.amount().isGreaterThan(hold.amount)) {
                throw new PaymentProviderRejected("cannot capture " + request.amount() + " of " + hold.amount);
            }
            hold.captured = request.amount();
            books.recordCapture(request.paymentId());
            return new Captured(request.providerReference(), request.amount());
        });
    }

    @Override
    public Mono<Cancelled> cancel(CancelRequest request) {
        return call(ProviderIdempotencyKey.cancel(request.paymentId()), request.providerReference(), () -> {
            Hold hold = holdOf(request.providerReference());
            if (hold.captured != null) {
                throw new PaymentProviderRejected("the authorization " + request.providerReference() + " was captured; refund it");
            }
            hold.released = true;
            return new Cancelled(request.providerReference());
        });
    }

    @Override
    public Mono<Refunded> refund(RefundRequest request) {
        return call(ProviderIdempotencyKey.refund(request.refundId()), request.providerReference(), () -> {
            Hold hold = holdOf(request.providerReference());
            Money refundable = hold.captured == null ? Money.zero(request.amount().currency()) : hold.captured.minus(hold.refunded);
            if (request.amount().isGreaterThan(refundable)) {
                throw new PaymentProviderRejected("cannot refund " + request.amount() + "; " + refundable + " is refundable");
            }
            hold.refunded = hold.refunded.plus(request.amount());
            return new Refunded("re_sim_" + request.refundId(), request.amount());
        });
    }

    private Hold holdOf(String reference) {
        Hold hold = reference == null ? null : holds.get(reference);
        if (hold == null) {
            throw new PaymentProviderRejected("no authorization " + reference);
        }
        return hold;
    }

    /**
     * One call: it takes the configured latency, may fail as an outage (or as a fault switched on for
     * the card of the authorization it acts on) before doing anything, and otherwise answers what the first
     * call with this key answered (a refusal included).
     */
    @SuppressWarnings("unchecked")
    private <T> Mono<T> call(String idempotencyKey, String providerReference, Supplier<T> effect) {
        return Mono.delay(properties.latency()).then(Mono.fromSupplier(() -> {
            if (ThreadLocalRandom.current().nextDouble() < properties.failureRate()) {
                throw new PaymentProviderUnavailable("simulated outage", null);
            }
            Hold held = providerReference == null ? null : holds.get(providerReference);
            faults.before(held == null ? null : held.cardToken, providerReference);
            Object answer = answers.computeIfAbsent(idempotencyKey, key -> {
                try {
                    return effect.get();
                } catch (PaymentProviderRejected refusal) {
                    return refusal;
                }
            });
            if (answer instanceof PaymentProviderRejected refusal) {
                throw refusal;
            }
            return (T) answer;
        }));
    }

    /** An authorization at the simulated provider, and what became of it. */
    private static final class Hold {
        private final Money amount;
        private final String cardToken;
        private volatile boolean released;
        private volatile Money captured;
        private volatile Money refunded;

        private Hold(Money amount, String cardToken) {
            this.amount = amount;
            this.cardToken = cardToken;
            this.refunded = Money.zero(amount.currency());
        }
    }
}
