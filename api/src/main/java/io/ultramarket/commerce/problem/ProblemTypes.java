package io.ultramarket.commerce.problem;

import java.net.URI;
import java.util.Locale;

/**
 * Problem type URIs ({@code /problems/<slug>}, listed in docs/problems.md). A domain exception's slug is
 * its class name in kebab case, so each refusal has its own type without a hand-kept table.
 */
final class ProblemTypes {

    private ProblemTypes() {
    }

    static URI of(String slug) {
        return URI.create("/problems/" + slug);
    }

    static URI forException(Class<?> exceptionType) {
        return of(kebab(exceptionType.getSimpleName()));
    }

    /** "InsufficientStock" becomes "Insufficient stock". */
    static String titleOf(Class<?> exceptionType) {
        String words = kebab(exceptionType.getSimpleName()).replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
