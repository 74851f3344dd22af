package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.sagas.shipping.SimulatedCarrier.Service;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The two carriers the shop ships with until real ones are connected: ParcelPost (cheap standard, fast
 * express) and SwiftShip (cheaper and slower economy, next-day). Both are based in Germany.
 */
@Configuration(proxyBeanMethods = false)
class SimulatedCarriers {

    @Bean
    Carrier parcelpost(TrackingUpdates updates) {
        return new SimulatedCarrier("parcelpost", "PP", "DE", List.of(
                new Service("standard", "4.90", "0.80", 3, "6.00", 2),
                new Service("express", "9.90", "1.20", 1, "12.00", 1)), updates);
    }

    @Bean
    Carrier swiftship(TrackingUpdates updates) {
        return new SimulatedCarrier("swiftship", "SW", "DE", List.of(
                new Service("economy", "3.90", "1.10", 5, "8.00", 3),
                new Service("nextday", "14.90", "1.00", 1, "15.00", 1)), updates);
    }
}
