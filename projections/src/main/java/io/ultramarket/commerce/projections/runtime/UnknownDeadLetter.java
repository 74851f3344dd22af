package io.ultramarket.commerce.projections.runtime;

/** No parked event has this id (answered 404). */
public class UnknownDeadLetter extends RuntimeException {

    UnknownDeadLetter(String id) {
        super("no dead letter with id " + id);
    }
}
