package io.ultramarket.commerce.dispatch;

/**
 * A command ready to send, the aggregate it targets (whose newest position answers the request) and what
 * the HTTP answer will report about it (for example the id of a new cart).
 */
public record PreparedCommand<T>(Object command, String aggregateIdentifier, T answer) {
}
