package io.ultramarket.commerce.projections.poison;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.apache.kafka.common.errors.RetriableException;
import org.elasticsearch.client.ResponseException;
import ru.yandex.clickhouse.except.ClickHouseException;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * The one answer, for every processor, to "would the same event succeed if tried again later?". A transient
 * failure is the target being away, overloaded or in the way of another transaction: the event is retried
 * and never parked for it. Anything else (a value a table refuses, a record too large, a bug) fails the
 * same way every time, so the event is parked at once. The whole cause chain is read, because drivers and
 * frameworks wrap the failure that tells (Spring's DataAccessException around PostgreSQL's, Axon's and
 * ours around the driver's).
 */
public final class TransientFailures {

    /** ClickHouse's TIMEOUT_EXCEEDED, SOCKET_TIMEOUT and NETWORK_ERROR. */
    private static final Set<Integer> CLICKHOUSE_TRANSIENT_CODES = Set.of(159, 209, 210);
    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now (the rest of class 57 is not transient). */
    private static final Set<String> OPERATOR_INTERVENTION_TRANSIENT = Set.of("57P01", "57P02", "57P03");
    /** Connection exception, transaction rollback (serialization, deadlock), insufficient resources. */
    private static final Set<String> TRANSIENT_SQLSTATE_CLASSES = Set.of("08", "40", "53");
    /** Too many requests, and unavailable: Elasticsearch asks to come back later. */
    private static final Set<Integer> TRANSIENT_HTTP_STATUSES = Set.of(429, 503);

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (cause instanceof ClickHouseException clickHouse) {
            return CLICKHOUSE_TRANSIENT_CODES.contains(clickHouse.getErrorCode());
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return OPERATOR_INTERVENTION_TRANSIENT.contains(state)
                    || (state.length() >= 2 && TRANSIENT_SQLSTATE_CLASSES.contains(state.substring(0, 2)));
        }
        return cause instanceof RetriableException
                || cause instanceof SocketException          // connect refused, no route, connection reset
                || cause instanceof SocketTimeoutException
                || cause instanceof UnknownHostException
                || cause instanceof TimeoutException
                || cause instanceof org.apache.http.conn.ConnectTimeoutException
                || cause instanceof org.apache.http.ConnectionClosedException
                || cause instanceof org.apache.http.NoHttpResponseException   // the server went away mid-request
                || (cause instanceof ElasticsearchException elasticsearch && TRANSIENT_HTTP_STATUSES.contains(elasticsearch.status()))
                || (cause instanceof TransportException transport && TRANSIENT_HTTP_STATUSES.contains(transport.statusCode()))
                || (cause instanceof ResponseException response
                    && TRANSIENT_HTTP_STATUSES.contains(response.getResponse().getStatusLine().getStatusCode()));
    }

    /** A batch's JDBC failure keeps the statement's own failure as its next exception, not as its cause. */
    private static Throwable next(Throwable cause) {
        if (cause.getCause() != null) {
            return cause.getCause();
        }
        return cause instanceof SQLException sql ? sql.getNextException() : null;
    }
}
