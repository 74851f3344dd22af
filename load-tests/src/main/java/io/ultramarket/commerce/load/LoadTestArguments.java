package io.ultramarket.commerce.load;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line: which scenario, against which app, with how many clients, for how long. */
record LoadTestArguments(ScenarioKind scenario, URI baseUrl, int clients, Duration duration, Duration warmup) {

    static final String USAGE = """
            usage: LoadTest --scenario add-to-cart|checkout|idempotent-replay
                            [--base-url http://localhost:8080] [--clients 16] [--duration 30s] [--warmup 5s]
              durations: 30s, 2m, 500ms (a bare number means seconds); only loopback targets are allowed
            """;

    // Upper bounds keep a typo (--duration 30m, --clients 1600) from turning into an unattended flood.
    static final int MAX_CLIENTS = 256;
    static final Duration MAX_DURATION = Duration.ofMinutes(30);
    static final Duration MAX_WARMUP = Duration.ofMinutes(5);

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    static LoadTestArguments parse(String... args) {
        ScenarioKind scenario = null;
        URI baseUrl = LoopbackTarget.require("http://localhost:8080");
        int clients = 16;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
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
                default -> throw new IllegalArgumentException("unknown argument " + name);
            }
        }
        if (scenario == null) {
            throw new IllegalArgumentException("--scenario is required");
        }
        return new LoadTestArguments(scenario, baseUrl, clients, duration, warmup);
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
}
