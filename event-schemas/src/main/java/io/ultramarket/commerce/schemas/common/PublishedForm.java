package io.ultramarket.commerce.schemas.common;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How events are written when they leave the core (integration events on Kafka): as stored, except that a
 * {@link PaymentMethod} keeps only its type. The provider's token can pay with the customer's card, so it
 * stays in the event store, where the payment saga needs it, and goes nowhere else. The JSON Schemas under
 * {@code schemas/json} describe this form.
 */
public final class PublishedForm {

    private PublishedForm() {
    }

    /** A copy of {@code stored} (the event store's mapper) that writes the published form. */
    public static ObjectMapper of(ObjectMapper stored) {
        return stored.copy().addMixIn(PaymentMethod.class, PaymentMethodWithoutToken.class);
    }

    @JsonIgnoreProperties("token")
    private abstract static class PaymentMethodWithoutToken {
    }
}
