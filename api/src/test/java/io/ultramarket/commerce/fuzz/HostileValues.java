package io.ultramarket.commerce.fuzz;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Values a hostile client sends where the API expects ids, numbers, amounts and text, drawn from one seeded
 * generator so that a run can be repeated exactly.
 */
final class HostileValues {

    /** Field names the API's bodies use, so that generated objects reach the value objects behind them. */
    static final List<String> FIELDS = List.of("sku", "quantity", "unitPrice", "amount", "currency", "price", "name",
            "description", "category", "variants", "attributes", "warehouse", "onHand", "delta", "reason",
            "receiptReference", "lines", "decision", "shippingAddress", "shippingOption", "paymentMethod", "type",
            "token", "recipient", "line1", "postalCode", "city", "country", "eventId", "orderId", "status",
            "trackingNumber", "id", "data", "object");

    private static final List<String> SPECIAL = List.of("", " ", "\t", "0", "-1", "1e20000000", "1E+999999", "NaN",
            "Infinity", "9.999", "99999999999999999999999", "-0", "0x1F", "null", "true", "..", "../../etc/passwd",
            "%00", "%2F", "\u0000", "\u202e", "😀", "ｆｕｌｌ", "١٢٣", "' OR 1=1 --", "<script>", "MUG-1", "EUR", "JPY",
            "XXY", "BER-1", "cart", "order", "2026-13-45", "2026-12-02T10:00:00Z", "+999999999-12-31T23:59:59Z",
            "9223372036854775808", "2147483648", "1.00", "12.34", "apparel/shoes");

    private static final List<String> JSON_NUMBERS = List.of("1e20000000", "-1", "0", "1.5", "99999999999999999999999",
            "true", "false", "null", "-9223372036854775809", "1E-400", "2147483648");

    private final RandomGenerator random;

    HostileValues(RandomGenerator random) {
        this.random = random;
    }

    String text() {
        return switch (random.nextInt(7)) {
            case 0, 1, 2 -> pick(SPECIAL);
            case 3 -> UUID.nameUUIDFromBytes(Long.toString(random.nextLong()).getBytes()).toString();
            case 4 -> Integer.toString(random.nextInt());
            case 5 -> new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(8)).toPlainString();
            default -> random.nextInt(10) == 0 ? "a".repeat(300 + random.nextInt(5000)) : anyCharacters(random.nextInt(40));
        };
    }

    /** A JSON value: scalars of every type, arrays and objects nested up to {@code depth}. */
    String json(int depth) {
        int kind = depth <= 0 ? random.nextInt(3) : random.nextInt(9);
        if (kind == 0) {
            return quoted(text());
        }
        if (kind == 1) {
            return pick(JSON_NUMBERS);
        }
        if (kind == 2) {
            return Integer.toString(random.nextInt());
        }
        if (kind <= 4) {
            StringBuilder array = new StringBuilder("[");
            for (int i = random.nextInt(4); i > 0; i--) {
                array.append(array.length() > 1 ? "," : "").append(json(depth - 1));
            }
            return array.append(']').toString();
        }
        StringBuilder object = new StringBuilder("{");
        for (int i = random.nextInt(7); i > 0; i--) {
            String name = random.nextInt(4) == 0 ? text() : pick(FIELDS);
            object.append(object.length() > 1 ? "," : "").append(quoted(name)).append(':').append(json(depth - 1));
        }
        return object.append('}').toString();
    }

    /** A body: JSON as above, mostly an object, or something else entirely (deep nesting, broken JSON, 70 KB). */
    String body() {
        return switch (random.nextInt(12)) {
            case 0 -> "[".repeat(5000) + "]".repeat(5000);
            case 1 -> pick(List.of("{\"a\":", "", "{}", "\"" + "x".repeat(70 * 1024) + "\""));
            case 2 -> "{\"sku\":\"MUG-1\",\"quantity\":1,\"unitPrice\":{\"amount\":1e20000000,\"currency\":\"EUR\"}}";
            default -> json(3);
        };
    }

    String headerValue() {
        String value = text();
        // Header values the HTTP client itself refuses to send (control characters) are not the API's concern.
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? value : "x";
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String anyCharacters(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x20, 0x3000) : random.nextInt(0x20, 0x7f));
        }
        return text.toString();
    }

    static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
