package io.ultramarket.commerce.load;

import java.util.OptionalLong;

/**
 * One HTTP answer of the app. The body is kept raw and parsed only when a field is asked for: most answers
 * are only checked for their status, and parsing every one would take CPU from the app on a shared machine.
 */
record ApiAnswer(String what, int status, OptionalLong position, byte[] body) {

    /** Every command answer carries the event-store position it reached; a 2xx without one is a defect. */
    boolean isSuccess() {
        return status / 100 == 2 && position.isPresent();
    }

    /** How the answer is counted in the report: its status, or what is wrong with a 2xx. */
    String outcome() {
        boolean successWithoutPosition = status / 100 == 2 && position.isEmpty();
        return successWithoutPosition ? status + " without Commerce-Position" : Integer.toString(status);
    }

    /** A 409 the app explains as another request changing the same aggregate at the same time: worth a retry. */
    boolean isConcurrentModification() {
        return status == 409 && problemType().endsWith("/concurrent-modification");
    }

    String field(String name) {
        return Json.read(body).path(name).asText("");
    }

    String problemType() {
        return field("type");
    }

    ApiAnswer requireSuccess() {
        if (!isSuccess()) {
            throw new RequestFailed(this);
        }
        return this;
    }
}
