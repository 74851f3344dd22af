package io.ultramarket.commerce;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on Netty threads during tests: the SCRAM client of the R2DBC driver drawing
 * a nonce from SecureRandom when it opens a connection to a server that asks for a password (any external
 * PostgreSQL; the embedded one trusts). On Linux that reads a few bytes from /dev/urandom, which never
 * waits. Everything else that blocks still fails. (Seen in ExternalPostgresIT.)
 */
public class ScramNoncesAreNotBlocking implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("com.ongres.scram.common.util.CryptoUtil", "nonce");
    }
}
