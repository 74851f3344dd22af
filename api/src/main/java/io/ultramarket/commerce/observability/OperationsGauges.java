package io.ultramarket.commerce.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code commerce.processor.lag} (tagged {@code processor}: positions behind the event store's head) and
 * {@code commerce.saga.instances} (tagged {@code saga}, {@code stage}: live checkouts by stage), read from the
 * token and saga stores every {@code commerce.observability.gauge-refresh}. Dead letters are
 * {@code commerce.parked.items}, counted by the admin feature the same way.
 */
@Component
class OperationsGauges extends PeriodicRefresh {

    private final ProcessorLag lag;
    private final SagaStages sagas;
    private final TaggedCounts lagGauge;
    private final TaggedCounts sagaGauge;

    OperationsGauges(JdbcTemplate jdbc, Serializer serializer, MeterRegistry meters, ObservabilityProperties properties) {
        super("operations-gauges", properties.gaugeRefresh());
        this.lag = new ProcessorLag(jdbc, serializer);
        this.sagas = new SagaStages(jdbc);
        this.lagGauge = new TaggedCounts(meters, "commerce.processor.lag",
                "Positions of the event store a processor has still to handle, by processor", Tags.empty(), "processor");
        this.sagaGauge = new TaggedCounts(meters, "commerce.saga.instances",
                "Checkouts under way, by the stage of their saga", Tags.of("saga", "checkout"), "stage");
    }

    @Override
    protected void refresh() {
        lagGauge.update(lag.behindHead());
        sagaGauge.update(sagas.ofCheckouts());
    }
}
