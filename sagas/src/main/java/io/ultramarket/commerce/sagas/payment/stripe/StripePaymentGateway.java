package io.ultramarket.commerce.sagas.payment.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.channel.ChannelOption;
import io.ultramarket.commerce.sagas.payment.AuthorizationRequest;
import io.ultramarket.commerce.sagas.payment.AuthorizationResult;
import io.ultramarket.commerce.sagas.payment.CancelRequest;
import io.ultramarket.commerce.sagas.payment.Cancelled;
import io.ultramarket.commerce.sagas.payment.CaptureRequest;
import io.ultramarket.commerce.sagas.payment.Captured;
import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.payment.PaymentProviderRejected;
import io.ultramarket.commerce.sagas.payment.PaymentProviderUnavailable;
import io.ultramarket.commerce.sagas.payment.ProviderIdempotencyKey;
import io.ultramarket.commerce.sagas.payment.RefundRequest;
import io.ultramarket.commerce.sagas.payment.Refunded;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The {@link PaymentGateway} on Stripe's API: an authorization is a PaymentIntent created and confirmed
 * with {@code capture_method=manual}, then captured or cancelled; a refund is a Refund of that
 * PaymentIntent. Bodies are form-encoded, the secret key goes in {@code Authorization: Bearer}, and every
 * call carries the {@code Idempotency-Key} of its payment (or refund) and step, so Stripe answers a repeat
 * with the first answer instead of acting twice.
 *
 * <p>Answers map onto the port: {@code requires_capture} is {@code Authorized}; a 402 {@code card_error} is
 * {@code Declined}; a 5xx, a 429, a timeout or a connection failure is {@link PaymentProviderUnavailable}
 * (repeat it); any other 4xx is {@link PaymentProviderRejected} (repeating will not help).
 */
public final class StripePaymentGateway implements PaymentGateway {

    private final WebClient client;

    public StripePaymentGateway(StripeProperties properties) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.connectTimeout().toMillis()))
                .responseTimeout(properties.responseTimeout());
        this.client = WebClient.builder()
                .baseUrl(properties.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.requiredSecretKey())
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    @Override
    public Mono<AuthorizationResult> authorize(AuthorizationRequest request) {
        return Mono.defer(() -> post("/v1/payment_intents", ProviderIdempotencyKey.authorize(request.paymentId()),
                        authorizationForm(request)))
                .map(StripePaymentGateway::authorizationOf)
                .onErrorResume(StripeApiError.class, error -> error.isCardDecline()
                        ? Mono.just(new AuthorizationResult.Declined(textOrNull(error.paymentIntent().path("id")),
                        error.declineCode(), error.message()))
                        : Mono.error(translate(error)));
    }

    private static MultiValueMap<String, String> authorizationForm(AuthorizationRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amount", Long.toString(StripeAmounts.toMinorUnits(request.amount())));
        form.add("currency", StripeAmounts.currencyCode(request.amount()));
        form.add("payment_method", request.method().token());
        form.add("payment_method_types[]", request.method().type());
        form.add("confirm", "true");
        form.add("capture_method", "manual");
        form.add("metadata[payment_id]", request.paymentId().toString());
        form.add("metadata[order_id]", request.orderId().toString());
        return form;
    }

    @Override
    public Mono<Captured> capture(CaptureRequest request) {
        return Mono.defer(() -> {
                    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
                    form.add("amount_to_capture", Long.toString(StripeAmounts.toMinorUnits(request.amount())));
                    return post("/v1/payment_intents/" + request.providerReference() + "/capture",
                            ProviderIdempotencyKey.capture(request.paymentId()), form);
                })
                // Stripe keeps idempotent answers about 24 h; a later repeat finds the intent already captured.
                .onErrorResume(StripeApiError.class, error -> alreadyIn(error, "succeeded")
                        ? Mono.just(error.paymentIntent()) : Mono.error(error))
                .map(intent -> {
                    requireStatus(intent, "succeeded", "capture");
                    return new Captured(intent.path("id").asText(), StripeAmounts.fromMinorUnits(
                            intent.path("amount_received").asLong(), intent.path("currency").asText()));
                })
                .onErrorMap(StripeApiError.class, StripePaymentGateway::translate);
    }

    @Override
    public Mono<Cancelled> cancel(CancelRequest request) {
        return post("/v1/payment_intents/" + request.providerReference() + "/cancel",
                ProviderIdempotencyKey.cancel(request.paymentId()), new LinkedMultiValueMap<>())
                .onErrorResume(StripeApiError.class, error -> alreadyIn(error, "canceled")
                        ? Mono.just(error.paymentIntent()) : Mono.error(error))
                .map(intent -> {
                    requireStatus(intent, "canceled", "cancel");
                    return new Cancelled(intent.path("id").asText());
                })
                .onErrorMap(StripeApiError.class, StripePaymentGateway::translate);
    }

    @Override
    public Mono<Refunded> refund(RefundRequest request) {
        return Mono.defer(() -> post("/v1/refunds", ProviderIdempotencyKey.refund(request.refundId()), refundForm(request)))
                .map(refund -> new Refunded(refund.path("id").asText(), StripeAmounts.fromMinorUnits(
                        refund.path("amount").asLong(), refund.path("currency").asText())))
                .onErrorMap(StripeApiError.class, StripePaymentGateway::translate);
    }

    private static MultiValueMap<String, String> refundForm(RefundRequest request) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("payment_intent", request.providerReference());
        form.add("amount", Long.toString(StripeAmounts.toMinorUnits(request.amount())));
        form.add("metadata[refund_id]", request.refundId().toString());
        form.add("metadata[payment_id]", request.paymentId().toString());
        // Stripe's own reason takes three fixed values; ours is free text, kept as metadata.
        form.add("metadata[reason]", request.reason());
        return form;
    }

    /** One call; a non-2xx answer becomes a {@link StripeApiError}, a transport failure "unavailable". */
    private Mono<JsonNode> post(String path, String idempotencyKey, MultiValueMap<String, String> form) {
        return client.post()
                .uri(path)
                .header("Idempotency-Key", idempotencyKey)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(JsonNode.class)
                        : response.bodyToMono(JsonNode.class)
                        .map(body -> new StripeApiError(response.statusCode().value(), body))
                        .defaultIfEmpty(StripeApiError.withoutBody(response.statusCode().value()))
                        .flatMap(Mono::error))
                .onErrorMap(error -> !(error instanceof StripeApiError),
                        error -> new PaymentProviderUnavailable("Stripe did not answer " + path + ": " + error, error));
    }

    private static AuthorizationResult authorizationOf(JsonNode intent) {
        String id = intent.path("id").asText();
        String status = intent.path("status").asText();
        if (status.equals("requires_capture")) {
            return new AuthorizationResult.Authorized(id, StripeAmounts.fromMinorUnits(
                    intent.path("amount_capturable").asLong(), intent.path("currency").asText()));
        }
        // requires_action (3-D Secure) and the like: nobody is there to complete it, so the hold failed.
        return new AuthorizationResult.Declined(id, status, "the PaymentIntent is " + status + ", not requires_capture");
    }

    private static boolean alreadyIn(StripeApiError error, String status) {
        return error.code().equals("payment_intent_unexpected_state")
                && error.paymentIntent().path("status").asText().equals(status);
    }

    private static void requireStatus(JsonNode intent, String expected, String step) {
        String status = intent.path("status").asText();
        if (!status.equals(expected)) {
            throw new PaymentProviderRejected("Stripe's " + step + " of " + intent.path("id").asText()
                    + " left it " + status + ", not " + expected);
        }
    }

    private static RuntimeException translate(StripeApiError error) {
        return error.isTransient()
                ? new PaymentProviderUnavailable(error.getMessage(), error)
                : new PaymentProviderRejected(error.getMessage());
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
