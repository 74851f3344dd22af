package io.ultramarket.commerce.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.ultramarket.commerce.observability.PeriodicRefresh;
import io.ultramarket.commerce.observability.TaggedCounts;
import io.ultramarket.commerce.sagas.parking.PoisonProperties;
import org.springframework.stereotype.Component;

/**
 * {@code commerce.parked.items}, tagged {@code processor}: events waiting in the saga's parked orders and in
 * each processor's dead letters (projections, relays). Counted on a thread of its own every
 * {@code commerce.poison.gauge-refresh}, so that a scrape never queries the database (and never on Netty's
 * threads); a processor whose letters were all retried stays listed, at 0.
 */
@Component
class ParkedItemsGauge extends PeriodicRefresh {

    private final ParkedItems parked;
    private final TaggedCounts gauge;

    ParkedItemsGauge(ParkedItems parked, MeterRegistry meters, PoisonProperties properties) {
        super("parked-items-gauge", properties.gaugeRefresh());
        this.parked = parked;
        this.gauge = new TaggedCounts(meters, "commerce.parked.items",
                "Events parked by poison isolation and waiting for an operator, by processor", Tags.empty(), "processor");
    }

    @Override
    protected void refresh() {
        gauge.update(parked.countsByProcessor());
    }
}
