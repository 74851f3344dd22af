package io.ultramarket.commerce.schemas.common;

import java.util.Locale;
import java.util.Optional;

/**
 * An exception that says how a client should read it: an HTTP status and an RFC 9457 problem type
 * ({@code /problems/<slug>}, listed in docs/problems.md). Each feature's exceptions describe themselves, so
 * the app's one error handler knows none of them. The slug is the class name in kebab case unless the
 * exception names another, so each refusal has its own type without a hand-kept table. Statuses are plain
 * numbers: the sides that raise these exceptions know nothing of HTTP libraries.
 */
public interface DescribedProblem {

    /** The HTTP status the refusal is answered with: 4xx for the client's doing, 503 for a store not there. */
    int status();

    /** What went wrong, for the client developer; the problem's {@code detail}. */
    String getMessage();

    /** "InsufficientStock" is {@code insufficient-stock}. */
    default String slug() {
        return getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The request's field the refusal is about, named in the problem's {@code errors}; most refusals name none. */
    default Optional<String> field() {
        return Optional.empty();
    }

    /** "InsufficientStock" is "Insufficient stock". */
    default String title() {
        String words = slug().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Nothing is known under the id the client gave: 404 {@code not-found}, the same type for every kind of thing. */
    interface NotFound extends DescribedProblem {

        @Override
        default int status() {
            return 404;
        }

        @Override
        default String slug() {
            return "not-found";
        }

        @Override
        default String title() {
            return "Not found";
        }
    }
}
