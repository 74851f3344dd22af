package io.ultramarket.commerce.sagas.payment;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults the simulated provider shows on purpose, per card, in the calls that follow an authorization
 * (capture, release, refund): it has lost the card's authorizations ("no authorization ...", a refusal),
 * or it cannot be reached for them ("unavailable"). Tests switch them on and off to show what the relays do
 * with a refusal and with an outage (ADR 0049). Only code inside the app's process reaches this bean: no
 * endpoint or setting does, and it exists only while the simulated provider runs. Nothing is switched on at start.
 */
@Component
@ConditionalOnProperty(name = "commerce.payments.provider", havingValue = "simulated", matchIfMissing = true)
public class SimulatedPaymentFaults {

    private final Set<String> lostAuthorizations = ConcurrentHashMap.newKeySet();
    private final Set<String> unreachable = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> unavailableAnswers = new ConcurrentHashMap<>();

    /** From now on the provider refuses to capture, release or refund the card's authorizations: it has lost them. */
    public void loseAuthorizationsOf(String cardToken) {
        lostAuthorizations.add(cardToken);
    }

    /** The provider has the card's authorizations again (its support restored them). */
    public void restoreAuthorizationsOf(String cardToken) {
        lostAuthorizations.remove(cardToken);
    }

    /** From now on, captures, releases and refunds of the card's authorizations get no answer (an outage). */
    public void cutOff(String cardToken) {
        unreachable.add(cardToken);
    }

    /** The outage is over for the card. */
    public void reconnect(String cardToken) {
        unreachable.remove(cardToken);
    }

    /** How many calls for the card's authorizations met the outage. */
    public int unavailableAnswersTo(String cardToken) {
        AtomicInteger count = unavailableAnswers.get(cardToken);
        return count == null ? 0 : count.get();
    }

    /**
     * Fails the call as switched for the card, before the provider does or remembers anything: a repeat with the
     * same idempotency key after the fault is gone is carried out (as Stripe saves no result for a request that
     * never started executing, a missing resource included).
     */
    void before(String cardToken, String providerReference) {
        if (cardToken == null) {
            return;
        }
        if (unreachable.contains(cardToken)) {
            unavailableAnswers.computeIfAbsent(cardToken, token -> new AtomicInteger()).incrementAndGet();
            throw new PaymentProviderUnavailable("the simulated provider is cut off for this card", null);
        }
        if (lostAuthorizations.contains(cardToken)) {
            throw new PaymentProviderRejected("no authorization " + providerReference);
        }
    }
}
