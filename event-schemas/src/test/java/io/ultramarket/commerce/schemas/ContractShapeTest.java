package io.ultramarket.commerce.schemas;

import io.ultramarket.commerce.schemas.cart.CartEvent;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.order.OrderEvent;
import io.ultramarket.commerce.schemas.payment.PaymentEvent;
import io.ultramarket.commerce.schemas.promotion.PromotionEvent;
import io.ultramarket.commerce.schemas.productreview.ProductReviewEvent;
import io.ultramarket.commerce.schemas.stock.StockEvent;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The published contract's rules, checked for every event type so that a new event cannot skip them. */
class ContractShapeTest {

    private static final List<Class<?>> EVENT_FAMILIES =
            List.of(CartEvent.class, OrderEvent.class, PaymentEvent.class, StockEvent.class, ProductEvent.class,
                    PromotionEvent.class, ProductReviewEvent.class);

    private static Stream<Class<?>> allEventTypes() {
        return EVENT_FAMILIES.stream().flatMap(family -> Arrays.stream(family.getPermittedSubclasses()));
    }

    @Test
    void everyEventIsAnImmutableRecordWithARevision() {
        assertThat(allEventTypes()).hasSizeGreaterThanOrEqualTo(23).allSatisfy(type -> {
            assertThat(type.isRecord()).as("%s is a record", type.getSimpleName()).isTrue();
            assertThat(type.getAnnotation(Revision.class)).as("%s has @Revision", type.getSimpleName()).isNotNull();
        });
    }

    @Test
    void everyEventIsNamedInThePastTense() {
        assertThat(allEventTypes().map(Class::getSimpleName))
                .allSatisfy(name -> assertThat(name).matches(".*(ed|Out)(To[A-Z]\\w*|From[A-Z]\\w*)?"));
    }
}
