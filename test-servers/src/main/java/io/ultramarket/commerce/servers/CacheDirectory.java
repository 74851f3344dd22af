package io.ultramarket.commerce.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where unpacked distributions stay between runs. {@code COMMERCE_SERVERS_CACHE} overrides it. As root
 * it is under /var/cache, because the service user that runs Elasticsearch cannot enter /root.
 */
final class CacheDirectory {

    private CacheDirectory() {
    }

    static Path get() {
        String override = System.getenv("COMMERCE_SERVERS_CACHE");
        Path cache;
        if (override != null && !override.isBlank()) {
            cache = Path.of(override);
        } else if (ServiceUser.runningAsRoot()) {
            cache = Path.of("/var/cache/commerce-test-servers");
        } else {
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
            cache = base.resolve("commerce-test-servers");
        }
        try {
            return Files.createDirectories(cache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cache folder " + cache + " (set COMMERCE_SERVERS_CACHE to another)", e);
        }
    }
}
