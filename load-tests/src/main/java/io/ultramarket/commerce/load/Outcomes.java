package io.ultramarket.commerce.load;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How requests ended, counted by status: answered successfully, retried after a conflict, or failed. A retried
 * attempt is not an error (the app asks for the retry); the retry's own answer is counted again.
 */
final class Outcomes {

    private final Map<String, LongAdder> succeeded = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> retried = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> failed = new ConcurrentHashMap<>();

    void succeeded(String label) {
        increment(succeeded, label);
    }

    void retried(String label) {
        increment(retried, label);
    }

    void failed(String label) {
        increment(failed, label);
    }

    Snapshot snapshot() {
        return new Snapshot(copy(succeeded), copy(retried), copy(failed));
    }

    /** The label under which a failed request is counted: the status it got, or why it got none. */
    static String labelOf(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RequestFailed requestFailed) {
            return requestFailed.answer().outcome();
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        return cause.getClass().getSimpleName();
    }

    /** A one-line explanation of a failure, for messages to the user. */
    static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RequestFailed) {
            return cause.getMessage();
        }
        return cause.getMessage() == null ? labelOf(cause) : labelOf(cause) + ": " + cause.getMessage();
    }

    /** The failure itself, not the CompletionException that a future's chain wraps it in. */
    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static void increment(Map<String, LongAdder> counts, String label) {
        counts.computeIfAbsent(label, ignored -> new LongAdder()).increment();
    }

    private static SortedMap<String, Long> copy(Map<String, LongAdder> counts) {
        SortedMap<String, Long> copy = new TreeMap<>();
        counts.forEach((label, count) -> copy.put(label, count.sum()));
        return copy;
    }

    record Snapshot(SortedMap<String, Long> succeeded, SortedMap<String, Long> retried,
                    SortedMap<String, Long> failed) {

        long errors() {
            return failed.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
