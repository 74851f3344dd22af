package io.ultramarket.commerce.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One projection as {@code GET /admin/projections} shows it: the head of the event store (the global index of
 * its newest event, -1 when empty) and the projection's generations with their state and position.
 */
record ProjectionStatus(String name, long head, List<Generation> generations) {

    static final String ACTIVE = "ACTIVE";
    static final String BUILDING = "BUILDING";

    /**
     * @param position    the global index every segment has passed, empty while some segment has not started
     * @param lag         head minus position, empty with the position
     * @param createdAt   when the app made the generation (its replay asked for), by the app's clock
     * @param activatedAt when it began to answer, by the same clock; empty while it is built
     */
    record Generation(int number, String state, OptionalLong position, OptionalLong lag, Optional<Instant> createdAt,
                      Optional<Instant> activatedAt) {

        /**
         * From the replay's request until the generation answered, as the app timed it (no polling in it); empty
         * where the two times do not make a positive duration (two instances' clocks apart).
         */
        Optional<Duration> rebuildTime() {
            return createdAt.flatMap(created -> activatedAt.map(activated -> Duration.between(created, activated)))
                    .filter(took -> !took.isNegative() && !took.isZero());
        }

        String describe() {
            return "generation " + number + " " + state + " at "
                    + (position.isPresent() ? Long.toString(position.getAsLong()) : "no position yet")
                    + (lag.isPresent() ? ", lag " + lag.getAsLong() : "");
        }
    }

    /** The named projection in the endpoint's JSON; an IllegalArgumentException if it is not there. */
    static ProjectionStatus parse(byte[] body, String name) {
        JsonNode all = Json.read(body);
        if (!all.isArray()) {
            throw new IllegalArgumentException("GET /admin/projections did not answer a list");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode projection : all) {
            names.add(projection.path("name").asText());
            if (name.equals(projection.path("name").asText())) {
                List<Generation> generations = StreamSupport.stream(projection.path("generations").spliterator(), false)
                        .map(ProjectionStatus::generation)
                        .toList();
                return new ProjectionStatus(name, projection.path("head").asLong(-1), generations);
            }
        }
        throw new IllegalArgumentException("the app has no projection " + name + ", only " + names);
    }

    /**
     * Events in the store. The store numbers its events from 1, so without gaps in the numbering (left by
     * inserts that rolled back) this is exactly the count; with gaps it is a little more.
     */
    long events() {
        return Math.max(head, 0);
    }

    Optional<Generation> active() {
        return inState(ACTIVE);
    }

    Optional<Generation> building() {
        return inState(BUILDING);
    }

    Optional<Generation> generation(int number) {
        return generations.stream().filter(generation -> generation.number() == number).findFirst();
    }

    /** The active generation has applied every event, and no rebuild is running. */
    boolean isCaughtUp() {
        return building().isEmpty()
                && active().filter(active -> events() == 0 || active.lag().equals(OptionalLong.of(0))).isPresent();
    }

    String describe() {
        return name + ": head " + head + ", " + (generations.isEmpty() ? "no generation"
                : generations.stream().map(Generation::describe).collect(Collectors.joining("; ")));
    }

    private Optional<Generation> inState(String state) {
        return generations.stream().filter(generation -> generation.state().equals(state)).findFirst();
    }

    private static Generation generation(JsonNode node) {
        return new Generation(node.path("generation").asInt(), node.path("state").asText(),
                optionalLong(node.path("position")), optionalLong(node.path("lag")), instant(node.path("createdAt")),
                instant(node.path("activatedAt")));
    }

    /** Absent or not an instant (an app from before these fields): empty, and the benchmark times by polling. */
    private static Optional<Instant> instant(JsonNode node) {
        try {
            return node.isTextual() ? Optional.of(Instant.parse(node.asText())) : Optional.empty();
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }

    private static OptionalLong optionalLong(JsonNode node) {
        return node.isNumber() ? OptionalLong.of(node.asLong()) : OptionalLong.empty();
    }
}
