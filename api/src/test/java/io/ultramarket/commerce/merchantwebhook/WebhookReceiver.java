package io.ultramarket.commerce.merchantwebhook;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A merchant's system as a test sees it: a real HTTPS server (the JDK's) on a loopback port, with a self-signed
 * certificate for {@code localhost} that {@code keytool} makes for the run ({@link #certificate()} is its PEM, for
 * the app to trust). It answers 500 to the first {@code failuresPerEvent} deliveries of each event id, then 200, and
 * keeps every request it got.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as it arrived: its headers (names in lower case) and its body's bytes. */
    record Received(Map<String, String> headers, byte[] body, int answeredWith) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static final String PASSWORD = "receiver-it";

    private final HttpsServer server;
    private final Path certificate;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> triesByEvent = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpsServer server, Path certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    /** @param otherNames host names the certificate is for besides {@code localhost} and {@code 127.0.0.1} */
    static WebhookReceiver start(Path folder, int failuresPerEvent, String... otherNames) {
        try {
            Files.createDirectories(folder);
            Path keyStore = folder.resolve("receiver.p12");
            Path certificate = folder.resolve("receiver.pem");
            Files.deleteIfExists(keyStore);
            Files.deleteIfExists(certificate);
            keytool("-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1" + Arrays.stream(otherNames).map(name -> ",dns:" + name).collect(Collectors.joining()), "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            keytool("-exportcert", "-rfc", "-alias", "receiver", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, PASSWORD.toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            server.setExecutor(Executors.newFixedThreadPool(2));
            WebhookReceiver receiver = new WebhookReceiver(server, certificate);
            server.createContext("/hooks", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Map<String, String> headers = new ConcurrentHashMap<>();
                exchange.getRequestHeaders().forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
                String eventId = headers.getOrDefault("commerce-event-id", "");
                int tries = receiver.triesByEvent.computeIfAbsent(eventId, id -> new AtomicInteger()).incrementAndGet();
                int status = tries <= failuresPerEvent ? 500 : 200;
                receiver.received.add(new Received(Map.copyOf(headers), body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the webhook receiver did not start", e);
        }
    }

    /** {@code https://localhost:<port>/hooks}. */
    String url() {
        return url("localhost");
    }

    /** {@code https://<host>:<port>/hooks}. */
    String url(String host) {
        return "https://" + host + ":" + server.getAddress().getPort() + "/hooks";
    }

    Path certificate() {
        return certificate;
    }

    /** What arrived for one event id, in order. */
    List<Received> receivedFor(String eventId) {
        return received.stream().filter(request -> eventId.equals(request.header("Commerce-Event-Id"))).toList();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }
}
