package io.ultramarket.commerce.sagas.shipping;

import io.ultramarket.commerce.schemas.common.Address;
import io.ultramarket.commerce.schemas.common.Money;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A carrier inside the app: it prices a parcel per service (a base price plus a price per started
 * kilogram, more abroad), gives each order's shipment one tracking number however often it is asked, and
 * reports the shipment's progress to the shop's webhook ({@link TrackingUpdates}).
 */
class SimulatedCarrier implements Carrier {

    /** One of the carrier's services, priced in EUR; "abroad" is any destination outside {@code home}. */
    record Service(String name, String base, String perKilogram, int days, String abroadSurcharge, int abroadExtraDays) {
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
        return Flux.fromIterable(services).map(service -> {
            BigDecimal price = new BigDecimal(service.base()).add(new BigDecimal(service.perKilogram()).multiply(kilograms));
            if (abroad) {
                price = price.add(new BigDecimal(service.abroadSurcharge()));
            }
            return new RateQuote(name, service.name(), Money.of(price.toPlainString(), "EUR"),
                    service.days() + (abroad ? service.abroadExtraDays() : 0));
        });
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
