package io.ultramarket.commerce.projections.customer;

import io.ultramarket.commerce.projections.columns.JsonDocumentSchema;
import io.ultramarket.commerce.projections.runtime.Generation;

import java.util.List;

/**
 * The customers read model's table, its columns and its DDL: the one definition that
 * {@link CustomerViewWriter} writes by and query-side's {@code Customers} reads by. The {@link #CUSTOMER}
 * document is a {@link CustomerRecord} as JSON.
 */
public final class CustomerViewSchema {

    public static final String PROJECTION = "customers";
    public static final String TABLE = "customer_view";
    public static final List<String> TABLES = List.of(TABLE);

    public static final String CUSTOMER_ID = "customer_id";
    /** jsonb: the {@link CustomerRecord}. */
    public static final String CUSTOMER = "customer";

    private CustomerViewSchema() {
    }

    public static List<String> ddl(Generation generation) {
        return List.of(JsonDocumentSchema.ddl(generation.table(TABLE), CUSTOMER_ID, CUSTOMER));
    }
}
