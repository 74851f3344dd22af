package io.ultramarket.commerce.problem;

/**
 * A read found nothing under this id (answered 404 not-found). Read models follow the event store with a
 * short delay, so the detail says how to wait for a write that was just made.
 */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String what, Object id) {
        super("no " + what + " " + id + " is known; if it was just created, send the Commerce-Position "
                + "of that write to wait for it");
    }
}
