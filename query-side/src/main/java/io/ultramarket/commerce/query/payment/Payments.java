package io.ultramarket.commerce.query.payment;

import io.ultramarket.commerce.schemas.payment.PaymentStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.UUID;

import static io.ultramarket.commerce.query.columns.RowValues.instant;
import static io.ultramarket.commerce.query.columns.RowValues.money;

/** Reads the payments read model (the view {@code payment_view}) without blocking. */
@Component
public class Payments {

    private final DatabaseClient database;

    Payments(DatabaseClient database) {
        this.database = database;
    }

    /** Every payment of the order, oldest request first; none when the read model knows no payment for it. */
    public Flux<PaymentView> ofOrder(UUID orderId) {
        return database.sql("SELECT payment_id, order_id, status, amount, authorized_amount, captured_amount, "
                        + "refunded_amount, currency, provider_reference, version, requested_at, updated_at "
                        + "FROM payment_view WHERE order_id = :orderId ORDER BY requested_at, payment_id")
                .bind("orderId", orderId)
                .map(row -> new PaymentView(row.get("payment_id", UUID.class), row.get("order_id", UUID.class),
                        PaymentStatus.valueOf(row.get("status", String.class)),
                        money(row, "amount", "currency"), money(row, "authorized_amount", "currency"),
                        money(row, "captured_amount", "currency"), money(row, "refunded_amount", "currency"),
                        row.get("provider_reference", String.class), row.get("version", Long.class),
                        instant(row, "requested_at"), instant(row, "updated_at")))
                .all();
    }
}
