package io.ultramarket.commerce.aggregatecache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.EventSourcedAggregate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The aggregate cache: a bounded in-heap cache (Caffeine) that hands Axon's caching repository an aggregate only
 * while it is current. Before an entry is served, its version is compared with the sequence number of the
 * aggregate's last event in the store; when another instance has appended since, the entry is dropped and the
 * repository loads the aggregate from the store (snapshot and events, as without a cache). A stale copy would
 * otherwise decide a command that writes nothing (a refusal, a repeated request) without the append conflict
 * that evicts it (ADR 0077).
 * <p>
 * Axon's repository puts an {@link AggregateCacheEntry} after each command and removes it when the unit of work
 * rolls back (a lost race, a {@code ConcurrencyException}, a refused command); both go through {@link #put} and
 * {@link #remove}. Only aggregate entries are accepted. Every lookup is counted as a hit, a stale entry or a miss
 * ({@value #LOOKUPS}); a stale entry and a miss both send the repository to the store.
 */
public final class ValidatedAggregateCache implements Cache, MeterBinder {

    public static final String LOOKUPS = "commerce.aggregate-cache.lookups";
    public static final String SIZE = "commerce.aggregate-cache.size";

    /** What a lookup found. */
    public enum Lookup {
        /** A current entry, served. */
        HIT,
        /** An entry older than the store, dropped: the aggregate is loaded from the store. */
        STALE,
        /** No entry: the aggregate is loaded from the store. */
        MISS
    }

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> entries;
    private final ConcurrentMap<Object, Object> map;
    private final StoredVersions stored;
    private final Set<EntryListener> listeners = new CopyOnWriteArraySet<>();
    private final Map<Lookup, LongAdder> lookups = new EnumMap<>(Lookup.class);

    public ValidatedAggregateCache(AggregateCacheProperties properties, StoredVersions stored) {
        this.stored = Objects.requireNonNull(stored, "stored");
        this.entries = Caffeine.newBuilder()
                .maximumSize(properties.maxEntries())
                // Evictions happen on the threads that use the cache, not on the common pool.
                .executor(Runnable::run)
                .removalListener((key, value, cause) -> {
                    if (cause.wasEvicted()) {
                        announce(listener -> listener.onEntryExpired(key));
                    }
                })
                .expireAfterAccess(properties.expireAfterAccess())
                .build();
        this.map = entries.asMap();
        for (Lookup lookup : Lookup.values()) {
            lookups.put(lookup, new LongAdder());
        }
    }

    /**
     * The cached aggregate entry if it is current with the store, else {@code null} (a stale entry is dropped).
     * Called by the repository with the aggregate's lock held and inside the command's transaction.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Objects.requireNonNull(key, "key");
        Object value = map.get(key);
        if (value == null) {
            lookups.get(Lookup.MISS).increment();
            return null;
        }
        Long cached = versionOf(value);
        Optional<Long> inStore = stored.lastSequenceNumberFor(key.toString());
        if (cached == null || inStore.isEmpty() || !inStore.get().equals(cached)) {
            lookups.get(Lookup.STALE).increment();
            if (map.remove(key, value)) {
                announce(listener -> listener.onEntryRemoved(key));
            }
            return null;
        }
        lookups.get(Lookup.HIT).increment();
        announce(listener -> listener.onEntryRead(key, value));
        return (V) value;
    }

    /**
     * The version of the aggregate an entry was made of. An entry kept in the heap still holds that live
     * aggregate, which {@code recreateAggregate} hands back without needing a model or a store; an entry that
     * does not (never the case here) has no version we can trust, and is treated as stale.
     */
    private static Long versionOf(Object value) {
        if (!(value instanceof AggregateCacheEntry<?> entry)) {
            return null;
        }
        try {
            EventSourcedAggregate<?> aggregate = entry.recreateAggregate(null, null, null, null);
            return aggregate == null ? null : aggregate.version();
        } catch (RuntimeException notKeptInHeap) {
            return null;
        }
    }

    @Override
    public void put(Object key, Object value) {
        requireAggregateEntry(value);
        Object previous = map.put(key, value);
        announce(previous == null
                ? listener -> listener.onEntryCreated(key, value)
                : listener -> listener.onEntryUpdated(key, value));
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        requireAggregateEntry(value);
        if (map.putIfAbsent(key, value) == null) {
            announce(listener -> listener.onEntryCreated(key, value));
            return true;
        }
        return false;
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object[] updated = new Object[1];
        boolean[] held = new boolean[1];
        map.computeIfPresent(key, (k, current) -> {
            held[0] = true;
            @SuppressWarnings("unchecked")
            V value = update.apply((V) current);
            if (value != null) {
                requireAggregateEntry(value);
            }
            updated[0] = value;
            return value;
        });
        if (held[0]) {
            announce(updated[0] == null
                    ? listener -> listener.onEntryRemoved(key)
                    : listener -> listener.onEntryUpdated(key, updated[0]));
        }
    }

    @Override
    public boolean remove(Object key) {
        if (map.remove(key) != null) {
            announce(listener -> listener.onEntryRemoved(key));
            return true;
        }
        return false;
    }

    @Override
    public void removeAll() {
        new ArrayList<>(map.keySet()).forEach(this::remove);
    }

    /** Whether an entry is held for the key, current or not: only {@link #get} compares it with the store. */
    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many lookups found what, since the start. */
    public long lookups(Lookup lookup) {
        return lookups.get(lookup).sum();
    }

    /** About how many aggregates are held. */
    public long size() {
        return entries.estimatedSize();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Lookup lookup : Lookup.values()) {
            FunctionCounter.builder(LOOKUPS, this, cache -> cache.lookups(lookup))
                    .tag("outcome", lookup.name().toLowerCase(Locale.ROOT))
                    .description("Aggregate cache lookups: hit (served), stale (another instance had appended; "
                            + "loaded from the store), miss (loaded from the store)")
                    .register(registry);
        }
        Gauge.builder(SIZE, this, ValidatedAggregateCache::size)
                .description("Aggregates held by the aggregate cache")
                .register(registry);
    }

    private static void requireAggregateEntry(Object value) {
        if (!(value instanceof AggregateCacheEntry<?>)) {
            throw new IllegalArgumentException("The aggregate cache holds aggregate entries only, not "
                    + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private void announce(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }
}
