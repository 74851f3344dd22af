package io.ultramarket.commerce;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on Netty threads during tests: Jackson building a deserializer for a type
 * it meets for the first time holds a lock while it does so, and concurrent first requests wait on it.
 * The lock guards CPU work that happens once per type, not I/O; everything else that blocks still fails.
 * (Seen when 200 checkouts arrive at once on a fresh context, NoOversellIT.)
 */
public class JacksonCachesAreNotBlocking implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("com.fasterxml.jackson.databind.deser.DeserializerCache", "_createAndCacheValueDeserializer");
    }
}
