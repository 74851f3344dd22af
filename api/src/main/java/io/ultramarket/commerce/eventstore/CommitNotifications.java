package io.ultramarket.commerce.eventstore;

import io.ultramarket.commerce.projections.runtime.ProcessingPhases;
import io.ultramarket.commerce.query.live.StoreCommits;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Listens for the notification that V29's trigger sends when events are committed, by this instance or
 * another on the same database, and has the event store fetch them at once (ADR 0055) and the live streams'
 * tail read them (ADR 0061). It holds one connection of its own, outside the pool, on a thread of its own:
 * {@code LISTEN} lasts as long as its session. After a lost connection it connects again, and fetches once in case it missed something.
 */
class CommitNotifications implements SmartLifecycle {

    static final String CHANNEL = "commerce_events";

    private static final Logger log = LoggerFactory.getLogger(CommitNotifications.class);
    // How long one wait for notifications lasts: the longest a stop waits for the thread to see it.
    private static final int WAIT_MILLIS = 500;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final JdbcConnectionDetails database;
    private final EventStore events;
    private final StoreCommits commits;
    private volatile boolean running;
    private Thread listener;

    CommitNotifications(JdbcConnectionDetails database, EventStore events, StoreCommits commits) {
        this.database = database;
        this.events = events;
        this.commits = commits;
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "commit-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(2 * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the processors it wakes start, after they stopped: the web server's requests are finished by then. */
    @Override
    public int getPhase() {
        return ProcessingPhases.COMMIT_NOTIFICATIONS;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(),
                    database.getPassword())) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                fetchNow();
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        fetchNow();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    // Meanwhile the store still fetches after its fetch delay: later, but nothing is lost.
                    log.warn("Listening for committed events failed; again in {}: {}", RECONNECT_AFTER, e.getMessage());
                    pause();
                }
            }
        }
    }

    /**
     * Has the store fetch new events now instead of after its fetch delay (a second), and the live streams'
     * tail read them instead of after its poll interval. Publishing nothing, outside a unit of work, runs the
     * step Axon runs after each commit of this instance: the embedded store's producer is woken, and the
     * storage engine appends nothing for an empty list.
     */
    private void fetchNow() {
        events.publish(List.of());
        commits.heard();
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
