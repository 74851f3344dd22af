package io.ultramarket.commerce.sagas.resilience;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ultramarket.commerce.sagas.payment.PaymentGateway;
import io.ultramarket.commerce.sagas.shipping.Carrier;
import io.ultramarket.commerce.sagas.shipping.CarrierShipment;
import io.ultramarket.commerce.sagas.shipping.Parcel;
import io.ultramarket.commerce.sagas.shipping.RateQuote;
import io.ultramarket.commerce.sagas.shipping.ShipmentRequest;
import io.ultramarket.commerce.schemas.common.Address;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Any PaymentGateway or Carrier bean, from whichever module, reaches its users wrapped in resilience. */
class ResilienceDecorationTest {

    @Configuration(proxyBeanMethods = false)
    static class AdaptersOfAnotherModule {

        @Bean
        PaymentGateway someProvider() {
            return new ResilientPaymentGatewayTest.ProviderThatIsDown();
        }

        @Bean
        Carrier someCarrier() {
            return new Carrier() {
                @Override
                public String name() {
                    return "parcelpost";
                }

                @Override
                public Flux<RateQuote> quote(Parcel parcel, Address destination) {
                    return Flux.empty();
                }

                @Override
                public Mono<CarrierShipment> createShipment(ShipmentRequest request) {
                    return Mono.just(new CarrierShipment("parcelpost", "PP-1"));
                }
            };
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void everyProviderAndCarrierBeanIsDecorated() {
        try (var context = new AnnotationConfigApplicationContext(ResilienceConfiguration.class,
                AdaptersOfAnotherModule.class)) {
            assertThat(context.getBean(PaymentGateway.class)).isInstanceOf(ResilientPaymentGateway.class);
            Carrier carrier = context.getBean(Carrier.class);
            assertThat(carrier).isInstanceOf(ResilientCarrier.class);
            assertThat(carrier.name()).isEqualTo("parcelpost");

            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "payments").gauges()).isNotEmpty();
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", "carrier-parcelpost").gauges()).isNotEmpty();
        }
    }
}
