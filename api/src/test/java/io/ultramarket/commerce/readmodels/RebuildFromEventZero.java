package io.ultramarket.commerce.readmodels;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds every projection from event 0 through the operators' API
 * ({@code POST /admin/projections/{name}/replay}, a new generation each, whatever its store: analytics'
 * ClickHouse facts too when the app runs them) and answers the checksums of the live PostgreSQL read models
 * and of their rebuilds, taken on a quiet store: equal maps mean every read model is what its events make.
 * Needs an admin's client, and no writer but the app's own timers while it runs.
 */
public final class RebuildFromEventZero {

    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final int ATTEMPTS = 3;

    private final WebTestClient admin;
    private final JdbcTemplate jdbc;
    private final QuietStore quiet;
    private final ReadModelChecksums checksums;

    public RebuildFromEventZero(WebTestClient admin, JdbcTemplate jdbc) {
        this.admin = admin;
        this.jdbc = jdbc;
        this.quiet = new QuietStore(jdbc);
        this.checksums = new ReadModelChecksums(jdbc);
    }

    /**
     * A comparison whose store did not move meanwhile, if one comes within a few tries: an event that a writer the
     * quiet store could not foresee appends during the rebuild (a leftover of an earlier test) voids it, since the
     * live checksums were taken before that event.
     */
    public Comparison run() {
        Comparison comparison = once();
        for (int attempt = 1; attempt < ATTEMPTS && comparison.headAfter() != comparison.head(); attempt++) {
            comparison = once();
        }
        return comparison;
    }

    private Comparison once() {
        long head = quiet.await();
        Map<String, Integer> live = activeGenerations();
        Map<String, ReadModelChecksums.Checksum> before = checksums.all();
        Map<String, Set<String>> rowsBefore = rowsOf(before.keySet());
        live.keySet().forEach(projection -> admin.post().uri("/admin/projections/{name}/replay", projection).exchange()
                .expectStatus().isAccepted());
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> activeGenerations()
                .entrySet().stream().allMatch(active -> active.getValue() > live.get(active.getKey())));
        long headAfter = quiet.await();
        Map<String, ReadModelChecksums.Checksum> after = checksums.all();
        return new Comparison(live.size(), head, headAfter, before, after, rowsBefore, rowsOf(after.keySet()));
    }

    private Map<String, Set<String>> rowsOf(Set<String> views) {
        Map<String, Set<String>> rows = new TreeMap<>();
        views.forEach(view -> rows.put(view, checksums.rows(view)));
        return rows;
    }

    private Map<String, Integer> activeGenerations() {
        Map<String, Integer> active = new TreeMap<>();
        jdbc.query("SELECT projection, generation FROM projection_generation WHERE state = 'ACTIVE'",
                row -> {
                    active.put(row.getString(1), row.getInt(2));
                });
        return active;
    }

    /**
     * The live read models' checksums, and their rebuilds', by view; and the store's head at either, which
     * must be the same for the comparison to mean anything.
     */
    public record Comparison(int projections, long head, long headAfter, Map<String, ReadModelChecksums.Checksum> live,
                             Map<String, ReadModelChecksums.Checksum> rebuilt, Map<String, Set<String>> liveRows,
                             Map<String, Set<String>> rebuiltRows) {

        private static final int ROWS_SHOWN = 5;

        /** The views whose rebuild differs, each with a few of the rows only one side has, for a message. */
        public List<String> differing() {
            return live.keySet().stream().filter(view -> !live.get(view).equals(rebuilt.get(view)))
                    .map(view -> view + " (only live: " + onlyIn(liveRows, rebuiltRows, view) + "; only rebuilt: "
                            + onlyIn(rebuiltRows, liveRows, view) + ")")
                    .toList();
        }

        private static List<String> onlyIn(Map<String, Set<String>> one, Map<String, Set<String>> other, String view) {
            Set<String> theOthers = other.getOrDefault(view, Set.of());
            return one.getOrDefault(view, Set.of()).stream().filter(row -> !theOthers.contains(row)).sorted()
                    .limit(ROWS_SHOWN).toList();
        }
    }
}
