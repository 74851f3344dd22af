package io.ultramarket.commerce.outbox;

import java.time.Duration;

/**
 * The wait before an outbox row's next try: {@code first} after the first failed try, doubled after each further
 * one, never more than {@code max}.
 */
public record RetryBackoff(Duration first, Duration max) {

    /** The wait after the {@code attempts}-th failed try. */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
