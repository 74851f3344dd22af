package io.ultramarket.commerce.servers.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The local server keeps Stripe's promises: idempotent replays, refused key reuse, faults around the API. */
class StripeServerTest {

    static final String KEY = "sk_test_server";
    static final String VISA_HOLD = "amount=1000&currency=eur&payment_method=pm_card_visa&confirm=true&capture_method=manual";

    final StripeServer stripe = StripeServer.start(KEY);
    final HttpClient client = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        stripe.close();
    }

    @Test
    void aRepeatWithTheSameKeyIsAnsweredWithTheFirstAnswer() throws Exception {
        HttpResponse<String> first = post("/v1/payment_intents", "key-1", VISA_HOLD);
        HttpResponse<String> repeat = post("/v1/payment_intents", "key-1", VISA_HOLD);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(body(first).path("status").asText()).isEqualTo("requires_capture");
    }

    @Test
    void theSameKeyWithOtherParametersIsAnIdempotencyError() throws Exception {
        post("/v1/payment_intents", "key-2", VISA_HOLD);

        HttpResponse<String> reuse = post("/v1/payment_intents", "key-2", VISA_HOLD.replace("1000", "2000"));

        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(body(reuse).path("error").path("type").asText()).isEqualTo("idempotency_error");
    }

    @Test
    void aDeclinedTestCardIsA402CardError() throws Exception {
        HttpResponse<String> declined = post("/v1/payment_intents", "key-3",
                VISA_HOLD.replace("pm_card_visa", "pm_card_chargeDeclinedInsufficientFunds"));

        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(body(declined).path("error").path("type").asText()).isEqualTo("card_error");
        assertThat(body(declined).path("error").path("decline_code").asText()).isEqualTo("insufficient_funds");
    }

    @Test
    void aRequestWithoutTheSecretKeyIsUnauthorized() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(stripe.url() + "/v1/payment_intents"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(VISA_HOLD)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aFaultAfterApplyingHidesAnEffectThatHappened() throws Exception {
        String intentId = body(post("/v1/payment_intents", "key-4", VISA_HOLD)).path("id").asText();
        stripe.failEverySecondCall(StripeFault.ERROR_AFTER_APPLYING);

        HttpResponse<String> lost = post("/v1/payment_intents/" + intentId + "/capture", "key-5", "");
        HttpResponse<String> repeat = post("/v1/payment_intents/" + intentId + "/capture", "key-5", "");

        assertThat(lost.statusCode()).isEqualTo(500);
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(body(repeat).path("status").asText()).isEqualTo("succeeded");
        assertThat(stripe.capturesOf(intentId)).isEqualTo(1);
    }

    @Test
    void aFaultBeforeApplyingChangesNothing() throws Exception {
        String intentId = body(post("/v1/payment_intents", "key-6", VISA_HOLD)).path("id").asText();
        stripe.failEverySecondCall(StripeFault.ERROR_BEFORE_APPLYING);

        HttpResponse<String> failed = post("/v1/payment_intents/" + intentId + "/capture", "key-7", "");

        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(stripe.capturesOf(intentId)).isZero();
        assertThat(stripe.paymentIntent(intentId).orElseThrow().path("status").asText()).isEqualTo("requires_capture");
    }

    private HttpResponse<String> post(String path, String idempotencyKey, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(stripe.url() + path))
                .header("Authorization", "Bearer " + KEY)
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode body(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }
}
