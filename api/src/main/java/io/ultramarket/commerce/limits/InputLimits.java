package io.ultramarket.commerce.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much a request may carry (ADR 0030). Zero or unset means the default.
 *
 * @param maxAmountIntegerDigits digits before the decimal point of any amount a client sends (9: at most
 *                               999,999,999.99), chosen so that the largest cart still fits every money
 *                               column ({@link MoneyFitsColumns})
 * @param maxBodySize            a request body larger than this is refused with 413
 * @param maxUriLength           characters of path and query; a longer one is refused with 414
 * @param maxHeaderSize          bytes of all header names and values together; more is refused with 431
 */
@ConfigurationProperties("commerce.input")
public record InputLimits(int maxAmountIntegerDigits, DataSize maxBodySize, int maxUriLength, DataSize maxHeaderSize) {

    public InputLimits {
        if (maxAmountIntegerDigits < 0 || maxUriLength < 0) {
            throw new IllegalArgumentException("commerce.input.max-amount-integer-digits and max-uri-length must not be negative");
        }
        maxAmountIntegerDigits = maxAmountIntegerDigits == 0 ? 9 : maxAmountIntegerDigits;
        maxBodySize = orDefault(maxBodySize, DataSize.ofKilobytes(64));
        maxUriLength = maxUriLength == 0 ? 8192 : maxUriLength;
        maxHeaderSize = orDefault(maxHeaderSize, DataSize.ofKilobytes(16));
    }

    public static InputLimits defaults() {
        return new InputLimits(0, null, 0, null);
    }

    private static DataSize orDefault(DataSize size, DataSize fallback) {
        return size == null || size.toBytes() <= 0 ? fallback : size;
    }
}
