package io.ultramarket.commerce.dispatch;

import java.util.OptionalLong;

/** A command that was handled and committed: what to answer, and the event-store position reached. */
public record CommandReceipt<T>(T answer, OptionalLong position) {
}
