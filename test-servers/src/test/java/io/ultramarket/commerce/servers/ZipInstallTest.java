package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A distribution is unpacked into the cache once, runnable, and never outside its folder. */
class ZipInstallTest {

    @TempDir
    Path folder;

    @Test
    void theDistributionIsUnpackedUnderItsOwnNameWithRunnableScripts() throws IOException {
        Path zip = zip(Map.of("server-1.0/bin/server", "#!/bin/sh\necho started\n", "server-1.0/config/server.yml", "port: 1\n"));
        Path cache = Files.createDirectories(folder.resolve("cache"));

        Path installed = ZipInstall.unpackOnce(zip, "server-1.0", cache);

        assertThat(installed).isEqualTo(cache.resolve("server-1.0"));
        assertThat(installed.resolve("config/server.yml")).hasContent("port: 1");
        assertThat(Files.isExecutable(installed.resolve("bin/server"))).isTrue();
        assertThat(Files.isExecutable(installed.resolve("config/server.yml"))).isFalse();
    }

    @Test
    void anInstalledDistributionIsReusedAsItIs() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path installed = ZipInstall.unpackOnce(zip(Map.of("server-1.0/README", "first")), "server-1.0", cache);

        ZipInstall.unpackOnce(zip(Map.of("server-1.0/README", "second")), "server-1.0", cache);

        assertThat(installed.resolve("README")).hasContent("first");
    }

    @Test
    void anEntryThatWouldLandOutsideTheCacheIsRefused() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path zip = zip(Map.of("server-1.0/../../escaped", "x"));

        assertThatThrownBy(() -> ZipInstall.unpackOnce(zip, "server-1.0", cache)).hasMessageContaining("could not unpack");
        assertThat(folder.resolve("escaped")).doesNotExist();
        assertThat(cache.resolve("server-1.0")).doesNotExist();
    }

    private Path zip(Map<String, String> files) throws IOException {
        Path zip = Files.createTempFile(folder, "distribution-", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (var file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
