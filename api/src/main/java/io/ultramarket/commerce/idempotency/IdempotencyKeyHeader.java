package io.ultramarket.commerce.idempotency;

import org.springframework.http.HttpHeaders;

import java.util.Optional;
import java.util.regex.Pattern;

/** The {@code Idempotency-Key} request header: 1 to 255 visible ASCII characters, as payment APIs accept. */
public final class IdempotencyKeyHeader {

    public static final String NAME = "Idempotency-Key";
    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private IdempotencyKeyHeader() {
    }

    public static Optional<String> read(HttpHeaders headers) {
        String value = headers.getFirst(NAME);
        if (value == null) {
            return Optional.empty();
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidIdempotencyKey();
        }
        return Optional.of(value);
    }
}
