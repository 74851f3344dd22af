package io.ultramarket.commerce.query.slice;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each test method a {@link ReadModelDatabase}: an empty database of its own on a real PostgreSQL, the
 * embedded server the app runs by default (same library, same PostgreSQL 17). One server serves the whole
 * test run: it starts when the first test asks and stops when JUnit closes the run's root store. A database
 * per test is cheap (a copy of the template) and keeps tests apart without cleaning up after them.
 */
public class ReadModelSlices implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ReadModelSlices.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ReadModelDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Server server = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Server.class, type -> Server.start(), Server.class);
        ReadModelDatabase database = server.newDatabase();
        context.getStore(NAMESPACE).put(parameter, database);
        return database;
    }

    /** The embedded PostgreSQL, closed with the root store at the end of the run. */
    private record Server(EmbeddedPostgres postgres, AtomicInteger databases) implements ExtensionContext.Store.CloseableResource {

        static Server start() {
            try {
                return new Server(EmbeddedPostgres.builder().start(), new AtomicInteger());
            } catch (IOException failure) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", failure);
            }
        }

        ReadModelDatabase newDatabase() {
            String name = "slice_" + databases.incrementAndGet();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            } catch (SQLException failure) {
                throw new IllegalStateException("could not create the database " + name, failure);
            }
            return new ReadModelDatabase(postgres.getDatabase("postgres", name), postgres.getPort(), name);
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }
}
