package io.ultramarket.commerce.sagas.parking;

import io.ultramarket.commerce.schemas.common.DescribedProblem;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.TransientDataAccessException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Whether a saga failure may pass by itself (worth retrying with backoff) or will fail the same way every
 * time (park the order at once). Transient: a lost or refused connection, a timeout, and the SQLSTATE
 * classes 08 (connection), 40 (transaction rollback: serialization failure, deadlock), 53 (insufficient
 * resources) and 57P0x (server shutting down, starting up), and Axon's deadlock between two threads of this JVM
 * and lost race for an aggregate's next event (a ConcurrencyException), anywhere in the cause chain. Everything else
 * (a constraint, a numeric overflow, a bug) is permanent.
 */
public final class FailureClassification {

    private FailureClassification() {
    }

    public static boolean isTransient(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (isTransientItself(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A business rule's refusal (a 422 problem: a promotion used up, an order no longer open) anywhere in the cause
     * chain: a decision to act on, neither retried nor parked.
     */
    public static Optional<DescribedProblem> refusal(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof DescribedProblem problem && problem.status() == 422) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** The innermost cause: what an operator needs to read to fix it. */
    public static Throwable rootCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        while (root.getCause() != null && seen.put(root, Boolean.TRUE) == null) {
            root = root.getCause();
        }
        return root;
    }

    private static boolean isTransientItself(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57P0")) {
                return true;
            }
        }
        // Axon's: a lock cycle between two of the saga's segments in this JVM, a lost race for an aggregate's
        // next event with another instance. Both pass when tried again (ADR 0070).
        return cause instanceof DeadlockException
                || cause instanceof ConcurrencyException
                || cause instanceof SQLTransientException
                || cause instanceof TransientDataAccessException
                || cause instanceof SocketTimeoutException
                || cause instanceof ConnectException
                || cause instanceof TimeoutException;
    }
}
