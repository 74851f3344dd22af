package io.ultramarket.commerce.query.live;

/**
 * Which events a feed delivers: those of one aggregate type, and of one aggregate when an identifier is
 * given. The same selection filters the live tail and the catch-up query, so both deliver the same events.
 *
 * @param aggregateType       the stored aggregate type, such as {@code Order}
 * @param aggregateIdentifier one aggregate's identifier, or null for every aggregate of the type
 */
public record EventSelection(String aggregateType, String aggregateIdentifier) {

    public EventSelection {
        if (aggregateType == null || aggregateType.isBlank()) {
            throw new IllegalArgumentException("an event selection needs an aggregate type");
        }
    }

    public static EventSelection everyAggregateOf(String aggregateType) {
        return new EventSelection(aggregateType, null);
    }

    public static EventSelection aggregate(String aggregateType, String aggregateIdentifier) {
        if (aggregateIdentifier == null) {
            throw new IllegalArgumentException("an aggregate selection needs the aggregate's identifier");
        }
        return new EventSelection(aggregateType, aggregateIdentifier);
    }

    public boolean isSingleAggregate() {
        return aggregateIdentifier != null;
    }

    public boolean matches(LiveEvent event) {
        return aggregateType.equals(event.aggregateType())
                && (aggregateIdentifier == null || aggregateIdentifier.equals(event.aggregateIdentifier()));
    }
}
