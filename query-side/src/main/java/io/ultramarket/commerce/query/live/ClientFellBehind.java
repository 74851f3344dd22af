package io.ultramarket.commerce.query.live;

/**
 * A client read its feed so much slower than events arrived that its buffer filled up. The feed ends rather
 * than buffer without bound; the client reconnects with the id of the last event it received.
 */
public class ClientFellBehind extends RuntimeException {

    public ClientFellBehind(int maxBufferedEvents) {
        super("the client fell more than " + maxBufferedEvents + " events behind; reconnect with Last-Event-ID");
    }
}
