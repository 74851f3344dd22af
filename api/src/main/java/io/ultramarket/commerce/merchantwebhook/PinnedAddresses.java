package io.ultramarket.commerce.merchantwebhook;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * A resolver that knows one host, and answers the addresses it was given for it: those the sender has just
 * checked. The connection goes to an address that passed the checks, not to whatever a second lookup answers
 * (a name pointed at an internal address between the check and the connection, "DNS rebinding"), and the
 * lookup happens on the sender's thread, never on the event loop. TLS still verifies the certificate against
 * the URL's host name.
 */
final class PinnedAddresses extends AddressResolverGroup<InetSocketAddress> {

    private final String host;
    private final List<InetAddress> addresses;

    PinnedAddresses(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("no address for " + host);
        }
        this.host = host;
        this.addresses = List.copyOf(addresses);
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {
            @Override
            protected void doResolve(String inetHost, Promise<InetAddress> promise) {
                if (host.equalsIgnoreCase(inetHost)) {
                    promise.setSuccess(addresses.get(0));
                } else {
                    promise.setFailure(new UnknownHostException(inetHost + " is not the checked host " + host));
                }
            }

            @Override
            protected void doResolveAll(String inetHost, Promise<List<InetAddress>> promise) {
                if (host.equalsIgnoreCase(inetHost)) {
                    promise.setSuccess(addresses);
                } else {
                    promise.setFailure(new UnknownHostException(inetHost + " is not the checked host " + host));
                }
            }
        });
    }
}
