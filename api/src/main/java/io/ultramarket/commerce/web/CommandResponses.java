package io.ultramarket.commerce.web;

import io.ultramarket.commerce.dispatch.CommandReceipt;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * How every command answers: 201 with a Location for something new, 202 otherwise, and the event-store
 * position reached in {@value #POSITION_HEADER} so that the client can read its own writes.
 */
public final class CommandResponses {

    public static final String POSITION_HEADER = "Commerce-Position";

    private CommandResponses() {
    }

    public static <T> ResponseEntity<T> created(URI location, CommandReceipt<T> receipt) {
        return withPosition(ResponseEntity.created(location), receipt);
    }

    public static <T> ResponseEntity<T> accepted(CommandReceipt<T> receipt) {
        return withPosition(ResponseEntity.status(HttpStatus.ACCEPTED), receipt);
    }

    public static <T> ResponseEntity<T> acceptedAt(URI location, CommandReceipt<T> receipt) {
        return withPosition(ResponseEntity.status(HttpStatus.ACCEPTED).location(location), receipt);
    }

    private static <T> ResponseEntity<T> withPosition(ResponseEntity.BodyBuilder builder, CommandReceipt<T> receipt) {
        receipt.position().ifPresent(position -> builder.header(POSITION_HEADER, Long.toString(position)));
        return builder.body(receipt.answer());
    }
}
