package io.ultramarket.commerce.admin;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code parkedItems} in /actuator/health: WARNING while anything is parked, with how many events wait and
 * where. Parked work needs an operator, but the app itself serves everyone else, so it is not DOWN: the
 * status order in application.yml puts WARNING between OUT_OF_SERVICE and UP, and it answers 200. The
 * liveness and readiness groups leave it out.
 */
@Component("parkedItemsHealthIndicator")
class ParkedItemsHealth implements HealthIndicator {

    static final Status WARNING = new Status("WARNING", "events are parked and wait for an operator (GET /admin/dead-letters)");

    private final ParkedItems parked;

    ParkedItemsHealth(ParkedItems parked) {
        this.parked = parked;
    }

    @Override
    public Health health() {
        Map<String, Long> counts = parked.countsByProcessor();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Health.Builder health = total == 0 ? Health.up() : Health.status(WARNING);
        return health.withDetail("parkedItems", total).withDetail("byProcessor", counts).build();
    }
}
