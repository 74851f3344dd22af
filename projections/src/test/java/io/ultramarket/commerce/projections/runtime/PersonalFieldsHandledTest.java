package io.ultramarket.commerce.projections.runtime;

import io.ultramarket.commerce.projections.stock.StockLevelsWriter;
import io.ultramarket.commerce.schemas.catalog.ProductEvent;
import io.ultramarket.commerce.schemas.customer.CustomerAddressAdded;
import io.ultramarket.commerce.schemas.customer.CustomerEvent;
import io.ultramarket.commerce.schemas.stock.StockReceived;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which writers may have their updates held to the end of the batch: those that can see no personal data. */
class PersonalFieldsHandledTest {

    @Test
    void aWriterOfEventsWithoutPersonalFieldsSeesNone() {
        assertThat(PersonalFieldsHandled.by(StockLevelsWriter.class)).isFalse();
        assertThat(PersonalFieldsHandled.by(StockOnly.class)).isFalse();
    }

    /** The read models that keep an erasure (ADR 0069) are the ones whose rows it must find written. */
    @ParameterizedTest
    @ValueSource(strings = {"customer.CustomerViewWriter", "order.OrderViewWriter", "notification.NotificationWriter"})
    void theWritersOfEveryReadModelWithAnErasureSeePersonalData(String writer) throws ClassNotFoundException {
        assertThat(PersonalFieldsHandled.by(Class.forName("io.ultramarket.commerce.projections." + writer))).isTrue();
    }

    @Test
    void oneHandlerOfAnEventWithAPersonalFieldIsEnough() {
        assertThat(PersonalFieldsHandled.by(StockAndAddresses.class)).isTrue();
    }

    @Test
    void soIsOneInAParentClass() {
        assertThat(PersonalFieldsHandled.by(InheritsAddresses.class)).isTrue();
    }

    @Test
    void theMetadataCarriesThePrincipalsSealedName() {
        assertThat(PersonalFieldsHandled.by(ReadsAMetadataValue.class)).isTrue();
        assertThat(PersonalFieldsHandled.by(ReadsTheMetadata.class)).isTrue();
    }

    @Test
    void aHandlerThatDoesNotNameItsEventCountsAsSeeingPersonalData() {
        assertThat(PersonalFieldsHandled.by(AnyMessage.class)).isTrue();
        assertThat(PersonalFieldsHandled.by(AnyPayloadByAnnotation.class)).isFalse();
    }

    @Test
    void aSealedEventTypeIsJudgedByTheEventsItPermits() {
        assertThat(PersonalFieldsHandled.by(AnyProductEvent.class)).isFalse();
        assertThat(PersonalFieldsHandled.by(AnyCustomerEvent.class)).isTrue();
    }

    static class StockOnly {
        @EventHandler
        void on(StockReceived event) {
        }

        void notAHandler(CustomerAddressAdded event) {
        }
    }

    static class StockAndAddresses extends StockOnly {
        @EventHandler
        void on(CustomerAddressAdded event) {
        }
    }

    static class InheritsAddresses extends StockAndAddresses {
    }

    static class ReadsAMetadataValue {
        @EventHandler
        void on(StockReceived event, @MetaDataValue("principal") String principal) {
        }
    }

    static class ReadsTheMetadata {
        @EventHandler
        void on(StockReceived event, MetaData metaData) {
        }
    }

    static class AnyMessage {
        @EventHandler
        void on(EventMessage<?> event) {
        }
    }

    static class AnyProductEvent {
        @EventHandler
        void on(ProductEvent event) {
        }
    }

    static class AnyCustomerEvent {
        @EventHandler
        void on(CustomerEvent event) {
        }
    }

    /** The annotation names the event: its parameter's type does not matter then. */
    static class AnyPayloadByAnnotation {
        @EventHandler(payloadType = StockReceived.class)
        void on(Object event) {
        }
    }
}
