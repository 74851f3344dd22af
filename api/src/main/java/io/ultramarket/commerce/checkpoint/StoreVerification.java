package io.ultramarket.commerce.checkpoint;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The whole store checked against its signed checkpoints: intact, or the first bad event (lowest position
 * first; a missing event's position is known when a checkpoint recorded it) and, when a checkpoint itself was
 * tampered with, which one. {@code events} counts the stored events that were checked.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoreVerification(boolean intact, long events, CheckpointReference checkpoint, BadEvent firstBadEvent,
                                CheckpointProblem checkpointProblem) {

    /** The newest checkpoint the store was checked against (null when none was taken yet). */
    public record CheckpointReference(long id, String takenAt, long headPosition) {
    }

    /**
     * @param cause {@code missing} (a checkpoint or the chain proves it was stored, it is gone), {@code rewritten}
     *              (its stored hash does not match its content) or {@code broken-link} (its chain is consistent but
     *              differs from what a signed checkpoint recorded: rewritten and re-hashed at or before it)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BadEvent(String aggregateId, String aggregateType, long sequenceNumber, Long position, String eventId,
                           String cause) {
    }

    /**
     * @param cause {@code bad-signature}, {@code missing} (a number skipped, or one the log file holds and the tables
     *              lack), {@code broken-link} (previous signature differs) or {@code differs-from-log} (the tables, or
     *              the log itself, hold another checkpoint of that number than the log first did: signed again after
     *              a roll-back)
     */
    public record CheckpointProblem(long checkpointId, String cause) {
    }
}
