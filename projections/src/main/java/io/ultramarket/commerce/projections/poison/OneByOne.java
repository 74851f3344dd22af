package io.ultramarket.commerce.projections.poison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a batch writer does when its batch failed and the failure was not transient: it writes the events
 * one by one, so that only the event the target refuses is parked (with the later events of its sequence),
 * not the whole batch. A transient failure on the way is thrown: the target is away, nothing is parked, and
 * the processor tries the batch again later (what was written meanwhile is written again, harmlessly: the
 * targets recognise repeats by the event id).
 */
public final class OneByOne {

    /** Writes one thing to the target. */
    @FunctionalInterface
    public interface Write<T> {
        void write(T written) throws Exception;
    }

    private final TransientRetry retry;

    public OneByOne(TransientRetry retry) {
        this.retry = retry;
    }

    /**
     * Writes the batch at once (tried again while it fails transiently); if the target refuses it, writes
     * it one by one. Answers the refused events, in order, for the caller to park.
     */
    public <T> List<Refusal> writeAll(List<Writable<T>> batch, Write<List<T>> all, Write<T> one) throws Exception {
        try {
            retry.call(() -> {
                all.write(batch.stream().map(Writable::written).toList());
                return null;
            });
            return List.of();
        } catch (Exception failure) {
            if (TransientFailures.isTransient(failure)) {
                throw failure;
            }
            return each(batch, one);
        }
    }

    /** Writes each event alone, in order; one the target refuses, and the later ones of its sequence, are answered. */
    public <T> List<Refusal> each(List<Writable<T>> batch, Write<T> one) throws Exception {
        List<Refusal> refused = new ArrayList<>();
        Set<Object> refusedSequences = new HashSet<>();
        for (Writable<T> writable : batch) {
            if (refusedSequences.contains(writable.sequence())) {
                refused.add(new Refusal(writable.event(), writable.sequence(), null));
                continue;
            }
            try {
                retry.call(() -> {
                    one.write(writable.written());
                    return null;
                });
            } catch (Exception failure) {
                if (TransientFailures.isTransient(failure)) {
                    throw failure;
                }
                refused.add(new Refusal(writable.event(), writable.sequence(), failure));
                refusedSequences.add(writable.sequence());
            }
        }
        return refused;
    }
}
