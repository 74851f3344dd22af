package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.ApiIntegrationTest;
import io.ultramarket.commerce.schemas.order.OrderReturned;
import io.ultramarket.commerce.schemas.customer.CustomerRegistered;
import io.ultramarket.commerce.schemas.payment.PaymentVoided;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's event store reads old revisions through the upcasters of event-schemas. */
@ApiIntegrationTest
class UpcasterChainIT {

    @Autowired
    Configuration axon;

    /** Revision 1 of each is read as the revision the contract has now, through every upcaster in between. */
    @Test
    void revision1EventsAreReadAsTheirCurrentRevision() {
        assertThat(upcastRevisionOf(OrderReturned.class, "{\"orderId\":\"" + UUID.randomUUID() + "\",\"reason\":\"r\"}"))
                .isEqualTo(currentRevisionOf(OrderReturned.class)).isEqualTo("3");
        assertThat(upcastRevisionOf(PaymentVoided.class, "{\"paymentId\":\"" + UUID.randomUUID() + "\",\"orderId\":\""
                + UUID.randomUUID() + "\",\"reason\":\"r\"}")).isEqualTo(currentRevisionOf(PaymentVoided.class));
        assertThat(upcastRevisionOf(CustomerRegistered.class, "{\"customerId\":\"" + UUID.randomUUID()
                + "\",\"subject\":\"ada\",\"email\":null,\"name\":null}"))
                .isEqualTo(currentRevisionOf(CustomerRegistered.class));
    }

    private static String currentRevisionOf(Class<?> type) {
        return type.getAnnotation(Revision.class).value();
    }

    private String upcastRevisionOf(Class<?> type, String revision1) {
        var stored = new GenericDomainEventEntry<>("Aggregate", UUID.randomUUID().toString(), 0,
                UUID.randomUUID().toString(), Instant.now(), type.getName(), "1",
                revision1.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        IntermediateEventRepresentation upcast = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, axon.eventSerializer())))
                .findFirst().orElseThrow();
        return upcast.getType().getRevision();
    }
}
