package io.ultramarket.commerce.observability;

import io.ultramarket.commerce.sagas.checkout.CheckoutSaga;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many checkouts are under way, by the stage their saga stands at ({@code RESERVED}, {@code AWAITING_PAYMENT},
 * {@code SHIPPED} ...). Read from Axon's saga store, where each live saga is a row serialized as JSON (the app's
 * Jackson serializer); an ended saga's row is gone, so the counts are of checkouts not yet finished.
 */
final class SagaStages {

    private static final String STARTING = "STARTING";

    private final JdbcTemplate jdbc;

    SagaStages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every stage, those no checkout is at included (at 0), so that each has its row from the start. */
    Map<String, Long> ofCheckouts() {
        Map<String, Long> stages = new TreeMap<>();
        stages.put(STARTING, 0L);
        for (CheckoutSaga.Stage stage : CheckoutSaga.Stage.values()) {
            stages.put(stage.name(), 0L);
        }
        jdbc.query("SELECT coalesce(convert_from(serialized_saga, 'UTF8')::jsonb ->> 'stage', ?) AS stage, "
                        + "count(*) AS sagas FROM saga_entry WHERE saga_type = ? GROUP BY 1",
                row -> {
                    stages.put(row.getString("stage"), row.getLong("sagas"));
                }, STARTING, CheckoutSaga.class.getName());
        return stages;
    }
}
