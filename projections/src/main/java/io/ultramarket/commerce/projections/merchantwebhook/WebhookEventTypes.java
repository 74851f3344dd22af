package io.ultramarket.commerce.projections.merchantwebhook;

import io.ultramarket.commerce.schemas.cart.CartEvent;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.customer.CustomerEvent;
import io.ultramarket.commerce.schemas.order.OrderEvent;
import io.ultramarket.commerce.schemas.payment.PaymentEvent;
import io.ultramarket.commerce.schemas.promotion.PromotionEvent;
import io.ultramarket.commerce.schemas.productreview.ProductReviewEvent;
import io.ultramarket.commerce.schemas.stock.StockEvent;

import java.util.Arrays;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The event types an endpoint may ask for: every event of the published contract, by its simple name (the
 * {@code event-type} header of the Kafka records, e.g. {@code OrderShipped}). Taken from the aggregates' sealed
 * event interfaces, so a new event is offered without a change here.
 */
public final class WebhookEventTypes {

    public static final SortedSet<String> KNOWN = Stream.of(CartEvent.class, ProductEvent.class, CustomerEvent.class,
                    OrderEvent.class, PaymentEvent.class, StockEvent.class, PromotionEvent.class, ProductReviewEvent.class)
            .flatMap(events -> Arrays.stream(events.getPermittedSubclasses()))
            .map(Class::getSimpleName)
            .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSortedSet));

    private WebhookEventTypes() {
    }

    public static boolean known(String type) {
        return KNOWN.contains(type);
    }
}
