package io.ultramarket.commerce.projections.poison;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import ru.yandex.clickhouse.except.ClickHouseException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void postgresConnectionLossDeadlocksAndShortageAreTransient() {
        assertThat(TransientFailures.isTransient(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize", "40001"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("deadlock", new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("too many connections", "53300"))).isTrue();
    }

    @Test
    void postgresShuttingDownOrStartingIsTransientButACancelledQueryIsNot() {
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("canceling statement", "57014"))).isFalse();
    }

    @Test
    void aValueATableRefusesIsPermanent() {
        assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("check",
                new SQLException("violates check constraint", "23514")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aBatchsStatementFailureIsReadFromItsNextException() {
        var batch = new BatchUpdateException("batch entry 0 was aborted", "XX000", new int[0]);
        batch.setNextException(new SQLException("terminating connection due to administrator command", "57P01"));
        assertThat(TransientFailures.isTransient(batch)).isTrue();
    }

    @Test
    void networkTimeoutsAndRefusedConnectionsAreTransientAnywhereInTheChain() {
        assertThat(TransientFailures.isTransient(new CompletionException(new RuntimeException(new ConnectException("refused"))))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException(new SocketTimeoutException("read timed out")))).isTrue();
    }

    @Test
    void clickHouseTimeoutsAndNetworkErrorsAreTransientItsRefusalsAreNot() {
        assertThat(TransientFailures.isTransient(new ClickHouseException(159, "timeout exceeded", null))).isTrue();
        assertThat(TransientFailures.isTransient(new ClickHouseException(209, "socket timeout", null))).isTrue();
        assertThat(TransientFailures.isTransient(new ClickHouseException(210, "network error", null))).isTrue();
        // The driver's "unknown" code around a server that went away mid-request: the cause tells.
        assertThat(TransientFailures.isTransient(new ClickHouseException(1002,
                new org.apache.http.NoHttpResponseException("127.0.0.1:8123 failed to respond"), "127.0.0.1", 8123))).isTrue();
        // FUNCTION_THROW_IF_VALUE_IS_NON_ZERO, CANNOT_PARSE_TEXT: the same rows fail the same way again.
        assertThat(TransientFailures.isTransient(new ClickHouseException(395, "value is non-zero", null))).isFalse();
        assertThat(TransientFailures.isTransient(new ClickHouseException(6, "cannot parse", null))).isFalse();
    }

    @Test
    void kafkasRetriableErrorsAreTransientATooLargeRecordIsNot() {
        assertThat(TransientFailures.isTransient(new org.apache.kafka.common.errors.TimeoutException("expired"))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new NotEnoughReplicasException("isr")))).isTrue();
        assertThat(TransientFailures.isTransient(new RecordTooLargeException("too large"))).isFalse();
    }

    @Test
    void elasticsearchAskingToComeBackLaterIsTransientARejectedDocumentIsNot() {
        assertThat(TransientFailures.isTransient(elasticsearch(429))).isTrue();
        assertThat(TransientFailures.isTransient(elasticsearch(503))).isTrue();
        assertThat(TransientFailures.isTransient(elasticsearch(400))).isFalse();
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(TransientFailures.isTransient(first)).isFalse();
    }

    private static ElasticsearchException elasticsearch(int status) {
        return new ElasticsearchException("index", ErrorResponse.of(response -> response.status(status)
                .error(error -> error.type("status_" + status).reason("refused"))));
    }
}
