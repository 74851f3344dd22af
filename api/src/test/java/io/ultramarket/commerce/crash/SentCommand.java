package io.ultramarket.commerce.crash;

import java.util.UUID;

/**
 * One command a shopper sent: which aggregate it was for (its type, as the event store names it, and id), the correlation id that its events carry, and
 * whether the app acknowledged it (a 2xx). The aggregate is null for
 * a cart opening that was never answered (the app chooses the cart's id). An unacknowledged one may or may not have been applied.
 */
record SentCommand(String kind, String aggregateType, String aggregateId, String correlationId, boolean acknowledged) {

    static String newCorrelationId() {
        return "kill-" + UUID.randomUUID();
    }
}
