package io.ultramarket.commerce.eventstore;

import java.util.OptionalLong;

/**
 * The global positions that the appends of one command took, on the thread that runs it: Axon's command bus handles
 * a command, and appends its events, on the thread that sends it. The command's {@code Commerce-Position} is the
 * highest of them, read from the insert itself instead of a query of its own after the command (ADR 0113).
 */
final class AppendedPositions {

    private final ThreadLocal<Recording> recording = new ThreadLocal<>();

    /** Runs {@code command}; the highest position its appends took, empty when it appended nothing. */
    OptionalLong during(Runnable command) {
        Recording outer = recording.get();
        Recording own = new Recording();
        recording.set(own);
        try {
            command.run();
        } finally {
            // The command workers are pooled: nothing of this command stays on the thread.
            if (outer == null) {
                recording.remove();
            } else {
                recording.set(outer);
            }
        }
        return own.seen ? OptionalLong.of(own.highest) : OptionalLong.empty();
    }

    /** Whether an append on this thread belongs to a command whose positions are asked for. */
    boolean wanted() {
        return recording.get() != null;
    }

    /** A position an append on this thread took. */
    void appended(long globalIndex) {
        Recording own = recording.get();
        if (own != null) {
            own.highest = own.seen ? Math.max(own.highest, globalIndex) : globalIndex;
            own.seen = true;
        }
    }

    private static final class Recording {
        private boolean seen;
        private long highest;
    }
}
