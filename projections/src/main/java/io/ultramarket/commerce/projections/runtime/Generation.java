package io.ultramarket.commerce.projections.runtime;

/** One build of a projection's tables, from event 0 on. */
public record Generation(String projection, int number) {

    public Generation {
        if (!projection.matches("[a-z][a-z0-9-]{0,60}")) {
            throw new IllegalArgumentException("projection names are lower-case words joined by '-': " + projection);
        }
        if (number < 1) {
            throw new IllegalArgumentException("generations count from 1");
        }
    }

    /** The physical table behind the view {@code table} in this generation, e.g. {@code order_view_g2}. */
    public String table(String table) {
        return table + "_g" + number;
    }

    /** The event processor (and token owner) of this generation, e.g. {@code orders-g2}. */
    public String processorName() {
        return projection + "-g" + number;
    }

    public Generation next() {
        return new Generation(projection, number + 1);
    }
}
