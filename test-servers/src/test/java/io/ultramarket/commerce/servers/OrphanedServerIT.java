package io.ultramarket.commerce.servers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JVM killed with SIGKILL runs no shutdown hook. Its servers must not live on, holding memory and ports
 * on a shared machine: each server's watchdog stops it.
 */
class OrphanedServerIT {

    /** Run in a JVM of its own by the test: starts a stand-in server, prints its pid, and waits to be killed. */
    public static void main(String[] arguments) throws InterruptedException {
        Path folder = Path.of(arguments[0]);
        ServerProcess server = ServerProcess.start("stand-in", List.of("sleep", "600"), java.util.Map.of(), folder, folder.resolve("stand-in.log"));
        System.out.println(server.pid());
        System.out.flush();
        Thread.currentThread().join();
    }

    @Test
    void aServerWhoseJvmIsKilledIsStoppedByItsWatchdog(@TempDir Path folder) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedServerIT.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        long serverPid;
        try (var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            serverPid = Long.parseLong(output.readLine().strip());
            ProcessHandle server = ProcessHandle.of(serverPid).orElseThrow();
            assertThat(server.isAlive()).isTrue();

            jvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            server.onExit().get(30, TimeUnit.SECONDS);
            assertThat(server.isAlive()).isFalse();
        }
    }
}
