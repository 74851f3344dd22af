package io.ultramarket.commerce.load;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line: which scenario, against which app, with how many clients, for how long; for the replay
 * scenario, over how many events (for analytics, how many new events to publish); for read-lag, the other
 * instance that reads back, if any (null: the same one).
 */
record LoadTestArguments(ScenarioKind scenario, URI baseUrl, int clients, Duration duration, Duration warmup,
                         long events, URI readUrl) {

    static final String USAGE = """
            usage: LoadTest --scenario add-to-cart|checkout|idempotent-replay|read-lag|replay|analytics|search
                            [--base-url http://localhost:8080] [--clients 16] [--duration 30s] [--warmup 5s]
                            [--events 100000]   (replay: events the store must hold before the rebuild;
                                                 analytics: new events to write and publish to Kafka)
                            [--read-url http://localhost:8081]   (read-lag: read back on this other instance)
              durations: 30s, 2m, 500ms (a bare number means seconds); only loopback targets are allowed
            """;

    // Upper bounds keep a typo (--duration 30m, --clients 1600) from turning into an unattended flood.
    static final int MAX_CLIENTS = 256;
    static final Duration MAX_DURATION = Duration.ofMinutes(30);
    static final Duration MAX_WARMUP = Duration.ofMinutes(5);
    static final long DEFAULT_EVENTS = 100_000;
    static final long MAX_EVENTS = 1_000_000;

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    static LoadTestArguments parse(String... args) {
        ScenarioKind scenario = null;
        URI baseUrl = LoopbackTarget.require("http://localhost:8080");
        int clients = 16;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        Long events = null;
        URI readUrl = null;
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            String value = args[i + 1];
            switch (name) {
                case "--scenario" -> scenario = ScenarioKind.byLabel(value);
                case "--base-url" -> baseUrl = LoopbackTarget.require(value);
                case "--clients" -> clients = clients(value);
                case "--duration" -> duration = duration(name, value, Duration.ofMillis(1), MAX_DURATION);
                case "--warmup" -> warmup = duration(name, value, Duration.ZERO, MAX_WARMUP);
                case "--events" -> events = events(value);
                case "--read-url" -> readUrl = LoopbackTarget.require(value);
                default -> throw new IllegalArgumentException("unknown argument " + name);
            }
        }
        if (scenario == null) {
            throw new IllegalArgumentException("--scenario is required");
        }
        if (events != null && scenario != ScenarioKind.REPLAY && scenario != ScenarioKind.ANALYTICS) {
            throw new IllegalArgumentException("--events applies to --scenario replay and analytics only");
        }
        if (readUrl != null && scenario != ScenarioKind.READ_LAG) {
            throw new IllegalArgumentException("--read-url applies to --scenario read-lag only");
        }
        return new LoadTestArguments(scenario, baseUrl, clients, duration, warmup,
                events == null ? DEFAULT_EVENTS : events, readUrl);
    }

    static Duration parseDuration(String text) {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 30s, 2m or 500ms");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static Duration duration(String name, String value, Duration min, Duration max) {
        Duration parsed = parseDuration(value);
        if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + Report.duration(min) + " and "
                    + Report.duration(max) + ", was " + value);
        }
        return parsed;
    }

    private static int clients(String value) {
        int clients;
        try {
            clients = Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--clients must be a number, was " + value);
        }
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("--clients must be between 1 and " + MAX_CLIENTS + ", was " + value);
        }
        return clients;
    }

    private static long events(String value) {
        long events;
        try {
            events = Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--events must be a number, was " + value);
        }
        if (events < 1 || events > MAX_EVENTS) {
            throw new IllegalArgumentException("--events must be between 1 and " + MAX_EVENTS + ", was " + value);
        }
        return events;
    }
}
