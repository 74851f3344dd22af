package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A distribution is unpacked (and prepared) into the cache once, runnable, and never outside its folder. */
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
    void aPreparedDistributionGetsItsNameOnlyOncePreparedAndIsPreparedOnce() throws IOException {
        Path zip = zip(Map.of("server-1.0/bin/server", "#!/bin/sh\n"));
        Path cache = Files.createDirectories(folder.resolve("cache"));
        List<Path> prepared = new ArrayList<>();

        Path installed = ZipInstall.unpackOnce(zip, "server-1.0", cache, "server-1.0-built", unpacked -> {
            assertThat(cache.resolve("server-1.0-built")).doesNotExist();
            writeString(unpacked.resolve("built"), "yes");
            prepared.add(unpacked);
        });
        ZipInstall.unpackOnce(zip, "server-1.0", cache, "server-1.0-built", prepared::add);

        assertThat(installed).isEqualTo(cache.resolve("server-1.0-built"));
        assertThat(installed.resolve("built")).hasContent("yes");
        assertThat(prepared).hasSize(1);
        assertThat(cache.resolve("server-1.0")).doesNotExist();
    }

    @Test
    void aFailedPreparationLeavesNothingUnderTheName() throws IOException {
        Path zip = zip(Map.of("server-1.0/bin/server", "#!/bin/sh\n"));
        Path cache = Files.createDirectories(folder.resolve("cache"));

        assertThatThrownBy(() -> ZipInstall.unpackOnce(zip, "server-1.0", cache, "server-1.0-built", unpacked -> {
            throw new IllegalStateException("the build failed");
        })).hasMessage("the build failed");

        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).extracting(path -> path.getFileName().toString()).containsExactly("server-1.0-built.lock");
        }
    }

    @Test
    void anEntryThatWouldLandOutsideTheCacheIsRefused() throws IOException {
        Path cache = Files.createDirectories(folder.resolve("cache"));
        Path zip = zip(Map.of("server-1.0/../../escaped", "x"));

        assertThatThrownBy(() -> ZipInstall.unpackOnce(zip, "server-1.0", cache)).hasMessageContaining("could not unpack");
        assertThat(folder.resolve("escaped")).doesNotExist();
        assertThat(cache.resolve("server-1.0")).doesNotExist();
    }

    private static void writeString(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
