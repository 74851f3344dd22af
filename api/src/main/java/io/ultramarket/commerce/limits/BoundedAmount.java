package io.ultramarket.commerce.limits;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount a client sent, checking its text before any {@link BigDecimal} exists. {@code new
 * BigDecimal("1e20000000")} is instant, but the first arithmetic on it (Money's rescaling, a sum, printing
 * it plainly) builds a 20-million-digit number: so only plain decimals are read, with at most so many
 * digits before the point and the currency's minor unit after it.
 */
public final class BoundedAmount {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private BoundedAmount() {
    }

    /**
     * @param text              the amount as sent (a JSON number's text, a string, a query parameter)
     * @param maxIntegerDigits  digits allowed before the decimal point, leading zeros not counted
     * @param maxFractionDigits decimals allowed, trailing zeros not counted (2 for EUR, 0 for JPY)
     * @throws IllegalArgumentException with a sentence for the client when the text is not such an amount
     */
    public static BigDecimal parse(String text, int maxIntegerDigits, int maxFractionDigits) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("amount is required");
        }
        String amount = text.strip();
        // Checked before the pattern so that a megabyte of digits costs nothing to refuse.
        int longestSensible = maxIntegerDigits + maxFractionDigits + 40;
        if (amount.length() > longestSensible || !PLAIN_DECIMAL.matcher(amount).matches()) {
            throw new IllegalArgumentException("'" + shortened(amount) + "' is not a plain decimal number "
                    + "such as 12.34 (no sign, no exponent)");
        }
        int point = amount.indexOf('.');
        String whole = (point < 0 ? amount : amount.substring(0, point)).replaceFirst("^0+(?=.)", "");
        String fraction = point < 0 ? "" : amount.substring(point + 1).replaceFirst("0+$", "");
        if (whole.length() > maxIntegerDigits) {
            throw new IllegalArgumentException(shortened(amount) + " has more than " + maxIntegerDigits
                    + " digits before the decimal point");
        }
        if (fraction.length() > maxFractionDigits) {
            throw new IllegalArgumentException(shortened(amount) + " has more than " + maxFractionDigits
                    + " decimal places");
        }
        return new BigDecimal(amount);
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
