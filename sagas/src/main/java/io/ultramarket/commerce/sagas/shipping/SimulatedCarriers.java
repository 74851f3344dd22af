package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.sagas.shipping.SimulatedCarrier.Service;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The two carriers the shop ships with until real ones are connected: ParcelPost (cheap standard, fast
 * express) and SwiftShip (cheaper and slower economy, next-day). Both are based in Germany. Their days are theirs;
 * their prices are the rate tables of {@code commerce.shipping.rates} (EUR by default, ADR 0076).
 */
@Configuration(proxyBeanMethods = false)
class SimulatedCarriers {

    @Bean
    Carrier parcelpost(TrackingUpdates updates, ShippingProperties properties) {
        return new SimulatedCarrier("parcelpost", "PP", "DE", List.of(
                new Service("standard", 3, 2, properties.ratesOf("parcelpost", "standard")),
                new Service("express", 1, 1, properties.ratesOf("parcelpost", "express"))), updates);
    }

    @Bean
    Carrier swiftship(TrackingUpdates updates, ShippingProperties properties) {
        return new SimulatedCarrier("swiftship", "SW", "DE", List.of(
                new Service("economy", 5, 3, properties.ratesOf("swiftship", "economy")),
                new Service("nextday", 1, 1, properties.ratesOf("swiftship", "nextday"))), updates);
    }
}
