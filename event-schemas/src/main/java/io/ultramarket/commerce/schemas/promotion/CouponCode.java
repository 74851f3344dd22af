package io.ultramarket.commerce.schemas.promotion;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A code a shopper types to claim a promotion, such as {@code SUMMER-10}: 3 to 32 letters, digits, '-' or '_',
 * kept in upper case so that {@code summer-10} is the same code.
 */
public record CouponCode(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,31}");

    public CouponCode {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("coupon code must not be blank");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("coupon code '" + value
                    + "' must be 3 to 32 letters, digits, '-' or '_', starting with a letter or digit");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CouponCode of(String value) {
        return new CouponCode(value);
    }

    /**
     * The id of the promotion this code belongs to, derived from the code alone: the code is found without
     * reading any read model, and a second promotion with the same code collides with the first in the event
     * store instead of sharing it (ADR 0066).
     */
    public UUID promotionId() {
        return UUID.nameUUIDFromBytes(("coupon:" + value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return value;
    }
}
