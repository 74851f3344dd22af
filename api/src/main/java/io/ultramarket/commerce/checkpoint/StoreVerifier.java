package io.ultramarket.commerce.checkpoint;

import io.ultramarket.commerce.query.audit.EventHashChain;
import io.ultramarket.commerce.query.eventstore.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the whole store against the signed checkpoints (ADR 0045): first the checkpoints (numbered without a
 * gap, each signed by our key over its rows, each naming its predecessor's signature, and as the log file has
 * them: ADR 0052), then every stored event
 * in chain order, against its own hash and against every head a valid checkpoint recorded (as it was before a
 * one-time rewrite, ADR 0073, where one changed it). Blocking JDBC,
 * streamed with a cursor: callers run it off the event loop.
 */
public class StoreVerifier {

    /**
     * A problem and where it sits in the store: its position, or for a missing event whose position no
     * checkpoint recorded, the position of the next recorded event of its aggregate (it was stored before that).
     */
    private record Found(StoreVerification.BadEvent event, long order) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CheckpointRows rows;
    private final CheckpointKey key;
    private final CheckpointLog checkpointLog;

    StoreVerifier(JdbcTemplate jdbc, TransactionTemplate readOnly, CheckpointKey key, CheckpointLog checkpointLog) {
        this.jdbc = jdbc;
        this.readOnly = readOnly;
        this.rows = new CheckpointRows(jdbc);
        this.key = key;
        this.checkpointLog = checkpointLog;
    }

    public StoreVerification verify() {
        Trusted trusted = trustedCheckpoints();
        Map<String, NavigableMap<Long, AggregateHead>> recorded = trusted.recorded();
        Checkpoint latestValid = trusted.latest();
        StoreVerification.CheckpointProblem checkpointProblem = trusted.problem();
        Walk walk = new Walk(recorded, ChainRewrites.of(jdbc, recorded.values()));
        readOnly.executeWithoutResult(status -> jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT global_index, event_identifier, aggregate_identifier, "
                    + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data, hash "
                    + "FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number");
            statement.setFetchSize(500);
            return statement;
        }, walk));
        walk.finish();
        StoreVerification.BadEvent first = walk.problems.stream().min(Comparator.comparingLong(Found::order))
                .map(Found::event).orElse(null);
        StoreVerification.CheckpointReference reference = latestValid == null ? null : new StoreVerification.CheckpointReference(
                latestValid.statement().id(), latestValid.statement().takenAt(), latestValid.statement().headPosition());
        return new StoreVerification(first == null && checkpointProblem == null, walk.events, reference, first, checkpointProblem);
    }

    /**
     * Where one aggregate's events part from the heads the valid checkpoints recorded for it, first by sequence:
     * a recorded event that is gone ({@code missing}) or whose hash differs ({@code broken-link}). The per-aggregate
     * verification asks this once its chain is intact, so that it names the same causes as the store's.
     */
    public Optional<StoreVerification.BadEvent> departureFromCheckpoints(String aggregateId) {
        NavigableMap<Long, AggregateHead> heads = trustedCheckpoints().recorded().get(aggregateId);
        if (heads == null) {
            return Optional.empty();
        }
        ChainRewrites rewrites = ChainRewrites.of(jdbc, List.of(heads));
        for (AggregateHead head : heads.values()) {
            List<StoredEvent> stored = jdbc.query("SELECT global_index, event_identifier, hash FROM domain_event_entry "
                            + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                    (row, index) -> new StoredEvent(row.getLong(1), row.getString(2), aggregateId, head.sequenceNumber(),
                            head.aggregateType(), null, null, null, null, null, row.getBytes(3)),
                    aggregateId, head.sequenceNumber());
            if (stored.isEmpty()) {
                return Optional.of(new StoreVerification.BadEvent(aggregateId, head.aggregateType(), head.sequenceNumber(),
                        head.position(), null, "missing"));
            }
            if (!rewrites.recordedAs(head, stored.get(0).hash())) {
                return Optional.of(new StoreVerification.BadEvent(aggregateId, head.aggregateType(), head.sequenceNumber(),
                        stored.get(0).position(), stored.get(0).eventId(), "broken-link"));
            }
        }
        return Optional.empty();
    }

    /**
     * The checkpoints that hold: numbered without a gap from 1, each naming its predecessor's signature and
     * signed by our key over its rows, up to the first that does not (after which nothing is trusted: it may
     * have been made to fit), with the heads they recorded per aggregate and sequence. The log file's copies
     * signed by our key are believed too, tables or not, and the tables are held against them (ADR 0052): a
     * roll-back of the tables to an older signed state still shows, and so do the events it hid.
     */
    private Trusted trustedCheckpoints() {
        List<Checkpoint> tables = rows.all();
        List<Checkpoint> logged = checkpointLog.signedBy(key);
        Map<String, NavigableMap<Long, AggregateHead>> recorded = new HashMap<>();
        Checkpoint latestValid = null;
        byte[] previousSignature = null;
        StoreVerification.CheckpointProblem problem = null;
        for (Checkpoint checkpoint : tables) {
            long id = checkpoint.statement().id();
            long expected = latestValid == null ? 1 : latestValid.statement().id() + 1;
            String cause = id != expected ? "missing"
                    : !Arrays.equals(checkpoint.statement().previousSignature(), previousSignature) ? "broken-link"
                    : !key.isPublicKey(checkpoint.publicKey())
                      || !key.verifies(checkpoint.statement().bytes(), checkpoint.signature()) ? "bad-signature"
                    : null;
            if (cause != null) {
                problem = new StoreVerification.CheckpointProblem(cause.equals("missing") ? expected : id, cause);
                break;
            }
            record(recorded, checkpoint);
            latestValid = checkpoint;
            previousSignature = checkpoint.signature();
        }
        // Signed by our key, so what they recorded holds whatever the tables say now.
        logged.forEach(checkpoint -> record(recorded, checkpoint));
        StoreVerification.CheckpointProblem fromLog = CheckpointWitness.compare(tables, logged).orElse(null);
        if (problem == null || fromLog != null && fromLog.checkpointId() < problem.checkpointId()) {
            problem = fromLog;
        }
        return new Trusted(recorded, latestValid, problem);
    }

    private static void record(Map<String, NavigableMap<Long, AggregateHead>> recorded, Checkpoint checkpoint) {
        for (AggregateHead head : checkpoint.statement().aggregates()) {
            recorded.computeIfAbsent(head.aggregateId(), aggregate -> new TreeMap<>()).put(head.sequenceNumber(), head);
        }
    }

    private record Trusted(Map<String, NavigableMap<Long, AggregateHead>> recorded, Checkpoint latest,
                           StoreVerification.CheckpointProblem problem) {
    }

    /** Walks the events aggregate by aggregate, keeping the first problem of each. */
    private static final class Walk implements RowCallbackHandler {

        private final Map<String, NavigableMap<Long, AggregateHead>> recorded;
        private final ChainRewrites rewrites;
        private final List<Found> problems = new ArrayList<>();
        private final Map<String, Boolean> seen = new HashMap<>();
        private long events;
        private String aggregate;
        private String type;
        private long nextSequence;
        private byte[] previous;
        private boolean broken;

        Walk(Map<String, NavigableMap<Long, AggregateHead>> recorded, ChainRewrites rewrites) {
            this.recorded = recorded;
            this.rewrites = rewrites;
        }

        @Override
        public void processRow(java.sql.ResultSet row) throws java.sql.SQLException {
            StoredEvent event = new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getBytes(9),
                    row.getBytes(10), row.getBytes(11));
            events++;
            if (!event.aggregateId().equals(aggregate)) {
                finishAggregate();
                aggregate = event.aggregateId();
                type = event.aggregateType();
                seen.put(aggregate, true);
                nextSequence = 0;
                previous = EventHashChain.START;
                broken = false;
            }
            if (broken) {
                return;
            }
            NavigableMap<Long, AggregateHead> heads = recorded.getOrDefault(aggregate, new TreeMap<>());
            if (event.sequenceNumber() != nextSequence) {
                fail(missing(aggregate, type, nextSequence, heads));
                return;
            }
            byte[] recomputed = EventHashChain.hashOf(previous, event);
            AggregateHead head = heads.get(event.sequenceNumber());
            if (!MessageDigest.isEqual(recomputed, event.hash())) {
                fail(at(event, "rewritten"));
            } else if (head != null && !rewrites.recordedAs(head, event.hash())) {
                fail(at(event, "broken-link"));
            } else {
                previous = event.hash();
                nextSequence++;
            }
        }

        private Found at(StoredEvent event, String cause) {
            return new Found(new StoreVerification.BadEvent(aggregate, type, event.sequenceNumber(), event.position(),
                    event.eventId(), cause), event.position());
        }

        private void fail(Found problem) {
            problems.add(problem);
            broken = true;
        }

        /** A checkpoint recorded a head beyond the aggregate's last stored event: the events after it are gone. */
        private void finishAggregate() {
            if (aggregate == null || broken) {
                return;
            }
            NavigableMap<Long, AggregateHead> heads = recorded.get(aggregate);
            if (heads != null && heads.lastKey() >= nextSequence) {
                problems.add(missing(aggregate, type, nextSequence, heads));
            }
        }

        void finish() {
            finishAggregate();
            aggregate = null;
            // Aggregates a checkpoint recorded that have no event left at all.
            recorded.forEach((aggregateId, heads) -> {
                if (!seen.containsKey(aggregateId)) {
                    problems.add(missing(aggregateId, heads.firstEntry().getValue().aggregateType(), 0, heads));
                }
            });
        }

        private static Found missing(String aggregateId, String type, long sequence, NavigableMap<Long, AggregateHead> heads) {
            AggregateHead known = heads.get(sequence);
            var later = heads.ceilingEntry(sequence);
            return new Found(new StoreVerification.BadEvent(aggregateId, type, sequence,
                    known == null ? null : known.position(), null, "missing"),
                    later == null ? Long.MAX_VALUE : later.getValue().position());
        }
    }
}
