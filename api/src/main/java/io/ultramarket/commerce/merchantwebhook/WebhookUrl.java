package io.ultramarket.commerce.merchantwebhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL that webhooks may be posted to, as far as its text says: absolute, {@code https}, with a host, without
 * credentials (they would be stored and logged with it) or a fragment, at most {@value #MAX_LENGTH} characters.
 * Where its host points is {@link TargetAddresses}' to judge.
 */
record WebhookUrl(URI uri, String host) {

    static final int MAX_LENGTH = 2048;

    /** Why {@code text} is no webhook URL, or empty when it is one. */
    static Optional<String> problemOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("a URL is required");
        }
        if (text.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters, was " + text.length());
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.of("not a URL: " + e.getReason());
        }
        if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            return Optional.of("only https URLs may receive webhooks");
        }
        if (uri.getHost() == null) {
            return Optional.of("the URL has no host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("the URL must not hold credentials");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("the URL must not have a fragment");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException when {@link #problemOf} finds a problem */
    static WebhookUrl of(String text) {
        problemOf(text).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        URI uri = URI.create(text);
        String host = uri.getHost();
        // An IPv6 literal's host is written in brackets, which no resolver takes.
        return new WebhookUrl(uri, host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    }
}
