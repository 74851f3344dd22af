package io.ultramarket.commerce.load;

import com.sun.net.httpserver.HttpServer;
import io.gatling.app.Gatling$;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One simulation end to end at a tiny load: Gatling runs the no-op ceiling against a loopback HTTP server
 * that answers the liveness route as the app does, writes its HTML report, and the table's reader takes its
 * figures from it. Shows that the simulations, this Gatling version's report and {@link GatlingReport} fit
 * together; the app's own figures come from run-all.sh against the real app.
 */
class NoOpCeilingSimulationSmokeTest {

    private static final Map<String, String> SETTINGS = Map.of("clients", "2", "warmup", "0s", "duration", "1s");

    @TempDir
    Path results;
    private HttpServer liveness;

    @BeforeEach
    void answerLikeTheAppsLivenessRoute() throws IOException {
        liveness = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        liveness.createContext("/actuator/health/liveness", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        liveness.start();
        SETTINGS.forEach(System::setProperty);
        System.setProperty("base.url", "http://127.0.0.1:" + liveness.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        liveness.stop(0);
        Stream.concat(SETTINGS.keySet().stream(), Stream.of("base.url")).forEach(System::clearProperty);
    }

    @Test
    void gatlingMeasuresTheRouteAndTheTableReadsItsReport() throws IOException {
        int status = Gatling$.MODULE$.fromArgs(new String[] {
                "-s", NoOpCeilingSimulation.class.getName(), "-rf", results.toString()});

        assertThat(status).isZero();
        List<Path> reports;
        try (Stream<Path> runs = Files.list(results)) {
            reports = runs.filter(Files::isDirectory).toList();
        }
        assertThat(reports).hasSize(1);
        BenchmarkFigures figures = new BenchmarkFigures();
        figures.gatling("no-op", GatlingReport.read(reports.get(0)), 1);
        assertThat(figures.values("ceiling.http-per-second")).singleElement().satisfies(rate -> assertThat(rate).isPositive());
        assertThat(figures.values("ceiling.http-p95-ms")).hasSize(1);
        assertThat(figures.notes()).isEmpty();
    }
}
