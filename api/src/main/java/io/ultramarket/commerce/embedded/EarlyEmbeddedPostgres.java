package io.ultramarket.commerce.embedded;

import io.ultramarket.commerce.readstore.ExternalDatabase;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the embedded PostgreSQL (and prepares its roles) on a thread of its own as soon as the app's
 * configuration is known, while Spring is still reading the bean definitions: the server's start (its
 * {@code initdb} on a new data folder) and the main thread's scanning then run side by side instead of one
 * after the other (ADR 0079). The {@code embeddedPostgres} bean takes the started server; a context that fails
 * before it does closes the server here. Nothing starts when a database is named ({@code spring.datasource.url}).
 */
public final class EarlyEmbeddedPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "earlyEmbeddedPostgres";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (ExternalDatabase.named(context.getEnvironment()) || !(context instanceof GenericApplicationContext generic)) {
            return;
        }
        EmbeddedPostgresProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("commerce.embedded-postgres", EmbeddedPostgresProperties.class);
        Started started = Started.begin(properties);
        generic.registerBean(BEAN, Started.class, () -> started, definition -> definition.setDestroyMethodName("close"));
        // A context that fails before it made the bean above would never close what it holds.
        context.addApplicationListener(event -> {
            if (event instanceof ApplicationFailedEvent) {
                started.close();
            }
        });
    }

    /** The server being started, with its roles once they are in line. */
    static final class Started implements AutoCloseable {

        private final CompletableFuture<EmbeddedPostgresServer> server;
        private final CompletableFuture<EmbeddedDatabaseRoles> roles;
        private final AtomicBoolean handedOver = new AtomicBoolean();
        private final AtomicBoolean closed = new AtomicBoolean();

        private Started(CompletableFuture<EmbeddedPostgresServer> server, CompletableFuture<EmbeddedDatabaseRoles> roles) {
            this.server = server;
            this.roles = roles;
        }

        static Started begin(EmbeddedPostgresProperties properties) {
            CompletableFuture<EmbeddedPostgresServer> server = new CompletableFuture<>();
            CompletableFuture<EmbeddedDatabaseRoles> roles = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    EmbeddedPostgresServer started = EmbeddedPostgresServer.start(properties);
                    server.complete(started);
                    roles.complete(EmbeddedDatabaseRoles.ensure(started.dataDirectory(), started.jdbcUrl()));
                } catch (IOException | RuntimeException e) {
                    server.completeExceptionally(e);
                    roles.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            starter.setDaemon(true);
            starter.start();
            return new Started(server, roles);
        }

        /** The running server, once started; from then on the {@code embeddedPostgres} bean closes it. */
        EmbeddedPostgresServer server() {
            EmbeddedPostgresServer started = await(server);
            handedOver.set(true);
            return started;
        }

        EmbeddedDatabaseRoles roles() {
            return await(roles);
        }

        /** Stops a server no bean took: the context failed before it needed the database. */
        @Override
        public void close() {
            if (handedOver.get() || !closed.compareAndSet(false, true)) {
                return;
            }
            EmbeddedPostgresServer started = server.exceptionally(failed -> null).join();
            if (started != null) {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        private static <T> T await(CompletableFuture<T> future) {
            try {
                return future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw new UncheckedIOException(io);
                }
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        }
    }
}
