package io.ultramarket.commerce;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on Netty threads during tests: writing a log line to the console. Logging
 * is buffered and bounded; everything else that blocks still fails the test.
 */
public class LoggingIsNotBlocking implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes");
    }
}
