package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.sagas.shipping.ShippingProperties.Rate;
import io.ultramarket.commerce.schemas.common.Money;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A carrier inside the app: it prices a parcel per service in every currency the service has a rate in (a base
 * price plus a price per started kilogram, more abroad, rounded to the currency's minor unit), gives each order's
 * shipment one tracking number however often it is asked, and reports the shipment's progress to the shop's
 * webhook ({@link TrackingUpdates}).
 */
class SimulatedCarrier implements Carrier {

    /**
     * One of the carrier's services, its days and its rates by currency ({@code commerce.shipping.rates}); "abroad"
     * is any destination outside {@code home}.
     */
    record Service(String name, int days, int abroadExtraDays, Map<Currency, Rate> rates) {

        Service {
            rates = Map.copyOf(rates);
        }
    }

    private final String name;
    private final String trackingPrefix;
    private final String home;
    private final List<Service> services;
    private final TrackingUpdates updates;
    private final Map<UUID, CarrierShipment> shipments = new ConcurrentHashMap<>();

    SimulatedCarrier(String name, String trackingPrefix, String home, List<Service> services, TrackingUpdates updates) {
        this.name = name;
        this.trackingPrefix = trackingPrefix;
        this.home = home;
        this.services = List.copyOf(services);
        this.updates = updates;
    }

    @Override
    public boolean simulated() {
        return true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Flux<RateQuote> quote(Parcel parcel, Address destination) {
        boolean abroad = !home.equals(destination.country());
        BigDecimal kilograms = BigDecimal.valueOf(Math.max(1, parcel.weightGrams()))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING);
        return Flux.fromIterable(services).flatMapIterable(service -> service.rates().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Currency::getCurrencyCode)))
                .map(rate -> new RateQuote(name, service.name(), price(rate.getValue(), kilograms, abroad, rate.getKey()),
                        service.days() + (abroad ? service.abroadExtraDays() : 0)))
                .toList());
    }

    /** Added up exactly, then rounded once to the currency's minor unit (half up, ADR 0065's rule). */
    static Money price(Rate rate, BigDecimal kilograms, boolean abroad, Currency currency) {
        BigDecimal price = rate.base().add(rate.perKilogram().multiply(kilograms));
        return Money.rounded(abroad ? price.add(rate.abroadSurcharge()) : price, currency);
    }

    @Override
    public Mono<CarrierShipment> createShipment(ShipmentRequest request) {
        return Mono.fromSupplier(() -> shipments.computeIfAbsent(request.orderId(), orderId -> {
            String trackingNumber = trackingPrefix + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
            updates.follow(name, orderId, trackingNumber);
            return new CarrierShipment(name, trackingNumber);
        }));
    }
}
