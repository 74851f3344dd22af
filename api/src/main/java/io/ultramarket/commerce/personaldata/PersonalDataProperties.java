package io.ultramarket.commerce.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Crypto-shredding's settings ({@code commerce.personal-data}, ADR 0069).
 *
 * @param keyCacheTtl how long an instance keeps a key it read; another instance may still open a field for this
 *                    long after an erasure (the erasing instance drops its copies at once). Default 30 s.
 */
@ConfigurationProperties("commerce.personal-data")
public record PersonalDataProperties(Duration keyCacheTtl) {

    public PersonalDataProperties {
        if (keyCacheTtl == null) {
            keyCacheTtl = Duration.ofSeconds(30);
        }
        if (keyCacheTtl.isNegative()) {
            throw new IllegalArgumentException("commerce.personal-data.key-cache-ttl must not be negative");
        }
    }
}
