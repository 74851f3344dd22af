package io.ultramarket.commerce.projections.streaming;

import io.ultramarket.commerce.projections.runtime.ProcessingPhases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The instances of the app on this database that are alive, and the fair share of a processor's segments
 * each of them takes (ADR 0061). Every {@code commerce.instances.heartbeat-every} this instance writes its row
 * in {@code app_instance}, removes those not written for {@code expire-after} (instances that died), counts
 * the rest, and reads how many segments every processor has in the token store. A pooled processor asks
 * {@link #fairShare} before it claims segments (every {@code claim-interval}): it releases what it holds above
 * its share, and the others claim what is free. An instance that stops removes its row, so that the others
 * take its share at their next claim; one that dies is counted until its row expires. The tracking processors,
 * which claim whatever is free, let go of what they hold above their share through
 * {@link TrackingProcessorsShare}, which asks {@link #surplus} (ADR 0074).
 */
public final class LiveInstances implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveInstances.class);

    private final JdbcTemplate jdbc;
    private final InstancesProperties properties;
    private final String instanceId;
    private volatile InstancesSeen seen;
    private final List<Runnable> afterEachBeat = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService heartbeat;

    LiveInstances(JdbcTemplate jdbc, InstancesProperties properties, String instanceId) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.instanceId = instanceId;
        this.seen = InstancesSeen.alone(instanceId);
    }

    /**
     * How many of {@code processor}'s segments this instance may hold: its segments (as the token store has
     * them, {@code configured} before it has any) divided by the live instances, rounded up; at least one.
     */
    public int fairShare(String processor, int configured) {
        if (!properties.balanceSegments()) {
            return Short.MAX_VALUE;
        }
        return seen.fairShare(processor, configured);
    }

    /**
     * How many of the {@code held} segments of {@code processor} this instance should let go now: those above its
     * fair share, as far as other running instances have room for them ({@link InstancesSeen#surplus}).
     */
    public int surplus(String processor, int configured, int held) {
        return properties.balanceSegments() ? seen.surplus(processor, configured, held) : 0;
    }

    /** Runs {@code task} on the heartbeat's thread after each heartbeat, once the counts are fresh. */
    public void afterEachBeat(Runnable task) {
        afterEachBeat.add(task);
    }

    /** How often a processor with room for more segments looks for free ones (Axon's token claim interval). */
    public Duration claimInterval() {
        return properties.claimInterval();
    }

    /** The live instances as this one counted them at its last heartbeat, itself included. */
    public int alive() {
        return seen.alive();
    }

    @Override
    public synchronized void start() {
        // Once before the processors start, so that their first claims already know of the others.
        beatQuietly();
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "instance-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.heartbeatEvery().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beatAndActOnIt, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
            heartbeat = null;
        }
        try {
            jdbc.update("DELETE FROM app_instance WHERE instance_id = ?", instanceId);
        } catch (RuntimeException e) {
            log.warn("Could not remove this instance's heartbeat; the others count it until it expires: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return heartbeat != null;
    }

    /** Before the processors start and after they stopped: they hand their segments over while it still beats. */
    @Override
    public int getPhase() {
        return ProcessingPhases.LIVE_INSTANCES;
    }

    private void beatAndActOnIt() {
        beatQuietly();
        afterEachBeat.forEach(task -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("After the heartbeat: {}; again at the next one", e.getMessage());
            }
        });
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            // The database away: the processors cannot claim either; the last count stands until it is back.
            log.warn("Instance heartbeat failed; again in {}: {}", properties.heartbeatEvery(), e.getMessage());
        }
    }

    private void beat() {
        jdbc.update("INSERT INTO app_instance (instance_id, started_at, seen_at) VALUES (?, now(), now()) "
                + "ON CONFLICT (instance_id) DO UPDATE SET seen_at = now()", instanceId);
        jdbc.update("DELETE FROM app_instance WHERE seen_at < now() - make_interval(secs => ?)",
                properties.expireAfter().toMillis() / 1000.0);
        Set<String> counted = new HashSet<>();
        Set<String> beatLately = new HashSet<>();
        jdbc.query("SELECT instance_id, seen_at >= now() - make_interval(secs => ?) FROM app_instance", row -> {
            counted.add(row.getString(1));
            if (row.getBoolean(2)) {
                beatLately.add(row.getString(1));
            }
        }, properties.heartbeatEvery().multipliedBy(2).toMillis() / 1000.0);
        Map<String, Integer> stored = new HashMap<>();
        Map<String, Map<String, Integer>> claimed = new HashMap<>();
        jdbc.query("SELECT processor_name, owner, count(*) FROM token_entry GROUP BY processor_name, owner", row -> {
            stored.merge(row.getString(1), row.getInt(3), Integer::sum);
            if (row.getString(2) != null) {
                claimed.computeIfAbsent(row.getString(1), processor -> new HashMap<>()).put(row.getString(2), row.getInt(3));
            }
        });
        int now = Math.max(1, counted.size());
        if (now != seen.alive()) {
            log.info("{} instance(s) of the app alive on this database; each takes its share of the processors' segments", now);
        }
        seen = new InstancesSeen(instanceId, now, Set.copyOf(beatLately), Map.copyOf(stored), Map.copyOf(claimed));
    }
}
