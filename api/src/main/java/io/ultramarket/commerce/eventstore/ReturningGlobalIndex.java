package io.ultramarket.commerce.eventstore;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * A connection on which Axon's append statement returns the global index of every row it inserts ({@code RETURNING
 * global_index}) and hands each to {@link AppendedPositions} once the batch ran: Axon builds the statement
 * ({@code prepareStatement(sql)}, one {@code addBatch} per event) and runs it ({@code executeBatch}), as it always
 * does; only the preparation asks for the column back. Used for the appends of a command whose position is asked
 * for, nothing else (ADR 0113).
 */
final class ReturningGlobalIndex {

    private ReturningGlobalIndex() {
    }

    static Connection on(Connection connection, String globalIndexColumn, AppendedPositions positions) {
        return proxy(Connection.class, connection, (method, args) -> {
            if (method.getName().equals("prepareStatement") && args.length == 1) {
                PreparedStatement statement = connection.prepareStatement((String) args[0], new String[]{globalIndexColumn});
                return reporting(statement, positions);
            }
            return method.invoke(connection, args);
        });
    }

    private static PreparedStatement reporting(PreparedStatement statement, AppendedPositions positions) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            Object result = method.invoke(statement, args);
            if (method.getName().equals("executeBatch")) {
                try (ResultSet inserted = statement.getGeneratedKeys()) {
                    while (inserted.next()) {
                        positions.appended(inserted.getLong(1));
                    }
                }
            }
            return result;
        });
    }

    /** A proxy of {@code target} whose calls go through {@code calls}, with the target's own exceptions thrown as they are. */
    private static <T> T proxy(Class<T> type, T target, Call calls) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return calls.invoke(method, args == null ? new Object[0] : args);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(ReturningGlobalIndex.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    @FunctionalInterface
    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }
}
