package io.ultramarket.commerce.load;

import java.util.List;
import java.util.Locale;

/**
 * The goals of "speed on one machine" (issue 14), each with the figure that measures it and the ceilings of
 * the same run that bound it: the cheapest HTTP route's rate or latency, pgbench's commits per second, for
 * the checkout and the search the rate their own CPU cost per order or per search allows, and for the reindex the
 * rate Elasticsearch indexes the same documents at by itself.
 */
enum BenchmarkGoal {

    CHECKOUT_RATE("checkout: orders CONFIRMED/s (8 clients)", "checkout.confirmed-per-second", Direction.AT_LEAST, 240,
            List.of(Ceiling.HTTP_RATE, Ceiling.PGBENCH, Ceiling.CHECKOUT_CPU)),
    CHECKOUT_LATENCY("checkout: request p95 (ms)", "checkout.request-p95-ms", Direction.BELOW, 20, List.of(Ceiling.HTTP_P95)),
    ADD_TO_CART_RATE("add-to-cart: commands/s (16 clients)", "add-to-cart.per-second", Direction.AT_LEAST, 1_200,
            List.of(Ceiling.HTTP_RATE, Ceiling.PGBENCH)),
    ADD_TO_CART_LATENCY("add-to-cart: p99 (ms)", "add-to-cart.p99-ms", Direction.AT_MOST, 48, List.of(Ceiling.HTTP_P95)),
    CART_AFTER_ADD("read-your-writes: cart after add p95 (ms)", "read-your-writes.cart-p95-ms", Direction.BELOW, 50,
            List.of(Ceiling.HTTP_P95)),
    ORDER_CONFIRMED_VISIBLE("order CONFIRMED visible after checkout p95 (ms)", "checkout.confirmed-visible-p95-ms",
            Direction.BELOW, 150, List.of()),
    REPLAY("replay of a PostgreSQL read model: events/s", "replay.events-per-second", Direction.AT_LEAST, 50_000,
            List.of()),
    SEARCH_RATE("search, 10k products, varied mix: searches/s (16 clients)", "search.per-second", Direction.AT_LEAST,
            1_000, List.of(Ceiling.HTTP_RATE, Ceiling.SEARCH_CPU)),
    SEARCH_LATENCY("search: p95 (ms)", "search.p95-ms", Direction.BELOW, 25, List.of(Ceiling.HTTP_P95)),
    REINDEX("search reindex (from PostgreSQL's documents): documents/s", "reindex.documents-per-second",
            Direction.AT_LEAST, 20_000, List.of(Ceiling.ELASTICSEARCH_INDEXING)),
    /** Not a goal of the issue's own: the reindex's goal held against the rebuild from event 0, shown beside it. */
    REBUILD("search rebuild (a replay of events): documents/s", "rebuild.documents-per-second", Direction.AT_LEAST,
            20_000, List.of(Ceiling.ELASTICSEARCH_INDEXING)),
    MEMORY("app RSS under the checkout load (MB)", "app.rss-mb", Direction.BELOW, 512, List.of()),
    START("start of the embedded default to healthy (s)", "app.start-seconds", Direction.BELOW, 10, List.of()),
    START_WITH_CDS("the same start with the class-data sharing archive (s)", "app.start-cds-seconds", Direction.BELOW, 10,
            List.of());

    /** Which side of the goal's number a measurement must fall on. */
    enum Direction {
        AT_LEAST(">= "), AT_MOST("<= "), BELOW("< ");

        final String sign;

        Direction(String sign) {
            this.sign = sign;
        }
    }

    /** A figure of the same run that bounds what a goal's figure can reach on this machine. */
    enum Ceiling {
        HTTP_RATE("ceiling.http-per-second", "no-op HTTP ", "/s"),
        HTTP_P95("ceiling.http-p95-ms", "no-op HTTP p95 ", " ms"),
        PGBENCH("ceiling.pgbench-tps", "pgbench ", " tps"),
        /** The orders/s the machine's cores could confirm at the CPU an order cost the app and PostgreSQL. */
        CHECKOUT_CPU("ceiling.checkout-by-cpu", "CPU per order allows ", "/s"),
        /** The searches/s the machine's cores could answer at the CPU a search cost the app and Elasticsearch. */
        SEARCH_CPU("ceiling.search-by-cpu", "CPU per search allows ", "/s"),
        /** The documents/s Elasticsearch indexes by itself: the live index copied into a scratch one inside it. */
        ELASTICSEARCH_INDEXING("ceiling.elasticsearch-indexing", "Elasticsearch alone indexes ", "/s");

        final String figure;
        final String label;
        final String unit;

        Ceiling(String figure, String label, String unit) {
            this.figure = figure;
            this.label = label;
            this.unit = unit;
        }
    }

    final String label;
    final String figure;
    final Direction direction;
    final double target;
    final List<Ceiling> ceilings;

    BenchmarkGoal(String label, String figure, Direction direction, double target, List<Ceiling> ceilings) {
        this.label = label;
        this.figure = figure;
        this.direction = direction;
        this.target = target;
        this.ceilings = ceilings;
    }

    String goal() {
        return direction.sign + String.format(Locale.ROOT, "%,.0f", target);
    }

    boolean isMet(double measured) {
        return switch (direction) {
            case AT_LEAST -> measured >= target;
            case AT_MOST -> measured <= target;
            case BELOW -> measured < target;
        };
    }

    /** How much of the goal was reached: 1.0 is the goal exactly, more is better on either side. */
    double reached(double measured) {
        if (direction == Direction.AT_LEAST) {
            return measured / target;
        }
        return measured <= 0 ? Double.POSITIVE_INFINITY : target / measured;
    }

    boolean isRate() {
        return direction == Direction.AT_LEAST;
    }
}
