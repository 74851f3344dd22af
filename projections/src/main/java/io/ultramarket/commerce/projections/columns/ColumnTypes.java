package io.ultramarket.commerce.projections.columns;

import org.springframework.jdbc.core.SqlParameterValue;

/**
 * SQL types of the values every read model stores. Four decimals hold any ISO 4217 minor unit exactly
 * (the largest is 4, for CLF and UYW), so an amount reads back equal to the one in the event.
 */
public final class ColumnTypes {

    public static final String MONEY_AMOUNT = "NUMERIC(19,4)";
    public static final String CURRENCY = "CHAR(3)";

    private ColumnTypes() {
    }

    /**
     * A parameter that may be null, typed: for an untyped null Spring asks the driver, and PostgreSQL's
     * driver asks the server, what the parameter is, which costs a round trip per statement.
     */
    public static Object nullable(Object value, int sqlType) {
        return value != null ? value : new SqlParameterValue(sqlType, null);
    }
}
