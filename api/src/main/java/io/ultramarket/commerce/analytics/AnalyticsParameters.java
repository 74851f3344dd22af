package io.ultramarket.commerce.analytics;

import io.ultramarket.commerce.problem.FieldError;
import io.ultramarket.commerce.problem.InvalidParameters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an analytics request's query parameters and collects every problem before answering, so a client
 * learns about all its mistakes in one 400.
 */
final class AnalyticsParameters {

    static final long MAX_DAYS = 3 * 366;
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final List<FieldError> errors = new ArrayList<>();

    LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, name + " is required, as an ISO date such as 2026-11-25"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, name + " must be an ISO date such as 2026-11-25, was '" + value + "'"));
            return null;
        }
    }

    /** {@code from} and {@code to}, both included, in order and at most {@link #MAX_DAYS} apart. */
    void period(LocalDate from, LocalDate to) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "to must not be before from"));
            } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
                errors.add(new FieldError("to", "the period may span at most " + MAX_DAYS + " days"));
            }
        }
    }

    <E extends Enum<E>> E choice(String name, String value, Class<E> type, E byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, name + " must be one of " + allowed(type) + ", was '" + value + "'"));
            return byDefault;
        }
    }

    Optional<String> currency(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.length() == 3 && value.equals(value.toUpperCase(Locale.ROOT))) {
                return Optional.of(Currency.getInstance(value).getCurrencyCode());
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new FieldError("currency", "currency must be an ISO 4217 code such as EUR, was '" + value + "'"));
        return Optional.empty();
    }

    String sku(String value) {
        if (value == null || !SKU.matcher(value).matches()) {
            errors.add(new FieldError("sku", "sku is required: 1 to 64 letters, digits, '.', '_' or '-'"));
        }
        return value;
    }

    int whole(String name, Integer value, int byDefault, int min, int max) {
        int chosen = value == null ? byDefault : value;
        if (chosen < min || chosen > max) {
            errors.add(new FieldError(name, name + " must be between " + min + " and " + max + ", was " + chosen));
        }
        return chosen;
    }

    double fraction(String name, Double value, double byDefault) {
        double chosen = value == null ? byDefault : value;
        if (!(chosen > 0 && chosen <= 1)) {
            errors.add(new FieldError(name, name + " must be greater than 0 and at most 1, was " + chosen));
        }
        return chosen;
    }

    /** Throws the 400 when anything was wrong. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidParameters(errors);
        }
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
