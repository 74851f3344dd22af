package io.ultramarket.commerce.sagas.payment.stripe;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of Stripe's answers are worth repeating with the same key, and which are refusals. */
class StripeApiErrorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aKeyStillInUseIsRepeatedNotTakenForARefusal() throws Exception {
        StripeApiError inUse = new StripeApiError(409, json.readTree(
                "{\"error\":{\"type\":\"idempotency_error\",\"code\":\"idempotency_key_in_use\"}}"));

        assertThat(inUse.isTransient()).isTrue();
    }

    @Test
    void serverErrorsAndRateLimitsAreRepeatedOther4xxAreRefusals() {
        assertThat(StripeApiError.withoutBody(503).isTransient()).isTrue();
        assertThat(StripeApiError.withoutBody(429).isTransient()).isTrue();
        assertThat(StripeApiError.withoutBody(404).isTransient()).isFalse();
        assertThat(StripeApiError.withoutBody(400).isTransient()).isFalse();
    }
}
