package io.ultramarket.commerce.aggregatecache;

import java.util.Optional;

/**
 * Where the aggregate cache learns an aggregate's current version: in the app, Axon's
 * {@code EventStore#lastSequenceNumberFor}, which counts the events staged by the current unit of work and
 * otherwise asks the store (one indexed query on {@code domain_event_entry}).
 */
@FunctionalInterface
public interface StoredVersions {

    /** The sequence number of the aggregate's last event, empty when it has none. */
    Optional<Long> lastSequenceNumberFor(String aggregateIdentifier);
}
