package io.ultramarket.commerce.schemas.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's language as a BCP 47 tag ({@code de}, {@code de-AT}, {@code en-US}), from the identity provider's
 * OIDC {@code locale} claim. Bounded and well-formed before it is recorded: the claim is another system's
 * word, so an odd one is dropped (the customer then has no language of their own) rather than refused.
 */
public final class CustomerLanguage {

    /** RFC 5646's advice for the longest tag an implementation should keep. */
    public static final int MAX_LENGTH = 35;
    private static final Pattern TAG = Pattern.compile("[a-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private CustomerLanguage() {
    }

    /** The canonical tag of a {@code locale} claim ({@code de_DE} is {@code de-DE}); null when there is none fit to keep. */
    public static String fromClaim(String claim) {
        if (claim == null || claim.length() > MAX_LENGTH) {
            return null;
        }
        String tag = Locale.forLanguageTag(claim.strip().replace('_', '-')).toLanguageTag();
        return isWellFormed(tag) ? tag : null;
    }

    /** Null (no language) or a tag as {@link #fromClaim} gives it. */
    static boolean isValid(String tag) {
        return tag == null || isWellFormed(tag);
    }

    private static boolean isWellFormed(String tag) {
        return tag.length() <= MAX_LENGTH && TAG.matcher(tag).matches() && !tag.equals("und");
    }
}
