package io.ultramarket.commerce.projections.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Customer emails (ADR 0057) and staff alerts (ADR 0059).
 *
 * @param defaultLanguage the language of a customer whose record names none, or one the templates are not
 *                        written in: {@code en} or {@code de}
 * @param staleAfter      an event older than this when the projection first meets it (the first run over an
 *                        existing store) is recorded as STALE and not sent: nobody wants last year's news
 * @param from            the sender's address
 * @param sendEvery       how often the sender looks for due emails (on one instance of the cluster at a time)
 * @param batchSize       emails sent per run at most; the rest wait for the next run
 * @param maxAttempts     tries of an email the SMTP server does not take (down, busy) before it is FAILED
 * @param firstRetryAfter the wait after the first failed try, doubled after each further one
 * @param maxRetryAfter   the longest wait between two tries
 * @param staffAddresses  who is told when a stock item runs low: one email to all of them per alert, in the
 *                        default language; none (the default) writes no staff alerts
 */
@ConfigurationProperties("commerce.notifications")
public record NotificationsProperties(@DefaultValue("en") String defaultLanguage,
                                      @DefaultValue("3d") Duration staleAfter,
                                      @DefaultValue("shop@localhost") String from,
                                      @DefaultValue("5s") Duration sendEvery,
                                      @DefaultValue("50") int batchSize,
                                      @DefaultValue("8") int maxAttempts,
                                      @DefaultValue("30s") Duration firstRetryAfter,
                                      @DefaultValue("1h") Duration maxRetryAfter,
                                      @DefaultValue List<String> staffAddresses) {

    /** Enough for a team; a larger one has a list address. It bounds the outbox row that names them all. */
    private static final int MAX_STAFF_ADDRESSES = 20;
    private static final int MAX_ADDRESS_LENGTH = 254;

    /** The languages the templates are written in. */
    public static final Set<String> LANGUAGES = Set.of("en", "de");

    public NotificationsProperties {
        if (!LANGUAGES.contains(defaultLanguage)) {
            throw new IllegalArgumentException("commerce.notifications.default-language is en or de, was " + defaultLanguage);
        }
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("commerce.notifications.batch-size and max-attempts must be at least 1");
        }
        staffAddresses = List.copyOf(staffAddresses);
        if (staffAddresses.size() > MAX_STAFF_ADDRESSES) {
            throw new IllegalArgumentException("commerce.notifications.staff-addresses holds at most " + MAX_STAFF_ADDRESSES
                    + " addresses (a team's list address is one), was " + staffAddresses.size());
        }
        for (String address : staffAddresses) {
            // A bare address, so that the outbox's list of them reads back as the same addresses.
            if (address.length() > MAX_ADDRESS_LENGTH || !address.matches("[^\\s@,<>\"]+@[^\\s@,<>\"]+")) {
                throw new IllegalArgumentException("commerce.notifications.staff-addresses: '" + address
                        + "' is not a bare email address like stock@example.com");
            }
        }
    }

    /** The templates' language for a customer's (a BCP 47 tag or null): {@code de-AT} reads German, {@code fr} the default. */
    public String languageFor(String customerLanguage) {
        if (customerLanguage == null) {
            return defaultLanguage;
        }
        String language = Locale.forLanguageTag(customerLanguage).getLanguage();
        return LANGUAGES.contains(language) ? language : defaultLanguage;
    }
}
