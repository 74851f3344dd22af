package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A server that needs a newer Java gets the newest JDK that is recent enough, told by its release file. */
class JavaHomesTest {

    @TempDir
    Path folder;

    @Test
    void theNewestJdkOfAtLeastTheVersionAskedForIsChosen() throws IOException {
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
        Path java21 = jdk("temurin-21-jdk-amd64", "21.0.9");
        Path java25 = jdk("temurin-25-jdk-amd64", "25.0.3");

        assertThat(JavaHomes.newest(21, List.of(java17, java25, java21))).contains(java25);
        assertThat(JavaHomes.newest(17, List.of(java17))).contains(java17);
    }

    @Test
    void noJdkIsChosenWhenAllAreTooOldOrNotJdks() throws IOException {
        Path java8 = jdk("java-8-openjdk-amd64", "1.8.0_392");
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
        Path withoutRelease = Files.createDirectories(folder.resolve("no-release/bin"));
        Path withoutJava = Files.createDirectories(folder.resolve("no-java"));
        Files.writeString(withoutJava.resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");

        assertThat(JavaHomes.newest(21, List.of(java8, java17, withoutRelease.getParent(), withoutJava))).isEmpty();
    }

    @Test
    void theVersionIsReadFromTheReleaseFile() throws IOException {
        assertThat(JavaHomes.version(jdk("temurin-25-jdk-amd64", "25.0.3"))).hasValueSatisfying(version -> {
            assertThat(version.feature()).isEqualTo(25);
            assertThat(version.update()).isEqualTo(3);
        });
        assertThat(JavaHomes.version(Path.of(System.getProperty("java.home"))).orElseThrow().feature())
                .isEqualTo(Runtime.version().feature());
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(folder.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\nOS_NAME=\"Linux\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
