package io.ultramarket.commerce.merchantwebhook;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;
import io.ultramarket.commerce.projections.merchantwebhook.MerchantWebhooksProperties;
import io.ultramarket.commerce.projections.merchantwebhook.WebhookEventTypes;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Registers an endpoint once every field passed: the URL's text ({@link WebhookUrl}), where its host points
 * ({@link TargetAddresses}), the event types (known ones, at least one) and the description. A refusal lists every
 * field's error and stores nothing. The signing secret is made here, answered once, and never shown again.
 */
class WebhookRegistrations {

    static final int MAX_DESCRIPTION = 500;

    /** What an admin sends to register an endpoint. */
    record Registration(String url, List<String> eventTypes, String description) {
    }

    /** The endpoint as stored, and its signing secret: the only answer that holds it. */
    record Registered(WebhookEndpoints.Endpoint endpoint, String secret) {
    }

    private final WebhookEndpoints endpoints;
    private final TargetAddresses targets;
    private final MerchantWebhooksProperties properties;
    private final SecureRandom random = new SecureRandom();

    WebhookRegistrations(WebhookEndpoints endpoints, TargetAddresses targets, MerchantWebhooksProperties properties) {
        this.endpoints = endpoints;
        this.targets = targets;
        this.properties = properties;
    }

    /** Blocks (the host's lookup, the database): call it off the event loop. */
    Registered register(Registration registration) {
        List<FieldError> errors = new ArrayList<>();
        WebhookUrl.problemOf(registration.url()).ifPresentOrElse(problem -> errors.add(new FieldError("url", problem)), () -> {
            try {
                targets.resolve(WebhookUrl.of(registration.url()).host());
            } catch (TargetRefused refused) {
                errors.add(new FieldError("url", refused.getMessage()));
            }
        });
        Set<String> types = eventTypes(registration.eventTypes(), errors);
        String description = registration.description();
        if (description != null && (description.length() > MAX_DESCRIPTION || description.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError("description", "at most " + MAX_DESCRIPTION + " characters, without control characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
        String secret = newSecret();
        return new Registered(endpoints.register(UUID.randomUUID(), registration.url(), List.copyOf(types),
                description == null || description.isBlank() ? null : description, secret, properties.maxEndpoints()), secret);
    }

    private static Set<String> eventTypes(List<String> requested, List<FieldError> errors) {
        Set<String> types = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            errors.add(new FieldError("eventTypes", "name at least one event type, e.g. OrderShipped"));
            return types;
        }
        if (requested.size() > WebhookEventTypes.KNOWN.size()) {
            errors.add(new FieldError("eventTypes", "at most " + WebhookEventTypes.KNOWN.size() + " event types"));
            return types;
        }
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (type == null || !WebhookEventTypes.known(type)) {
                errors.add(new FieldError("eventTypes[" + i + "]", "unknown event type '" + shortened(type)
                        + "'; one of " + String.join(", ", WebhookEventTypes.KNOWN)));
            } else {
                types.add(type);
            }
        }
        return types;
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 60 ? String.valueOf(text) : text.substring(0, 60) + "...";
    }

    /** 32 random bytes: as strong as the HMAC-SHA256 key can use. */
    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
