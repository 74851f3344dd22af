package io.ultramarket.commerce.servers;

import java.util.function.Supplier;

/**
 * One server for the whole JVM: started on first use, stopped by a shutdown hook when the JVM ends. A
 * failed start is remembered, so the tests after it fail at once instead of each waiting for a timeout.
 */
final class SharedServer<T extends RealServer> {

    private final String name;
    private final Supplier<T> starter;
    private T server;
    private RuntimeException failure;

    SharedServer(String name, Supplier<T> starter) {
        this.name = name;
        this.starter = starter;
    }

    synchronized T get() {
        if (server != null) {
            return server;
        }
        if (failure != null) {
            throw new IllegalStateException(name + " failed to start earlier in this run", failure);
        }
        try {
            long start = System.nanoTime();
            T started = starter.get();
            System.err.printf("[test-servers] %s %s ready at %s in %.1f s%n",
                    started.name(), started.version(), started.address(), (System.nanoTime() - start) / 1e9);
            // One hook per server: the JVM runs hooks concurrently, so the servers stop in parallel.
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "stop-" + name));
            server = started;
            return started;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        }
    }
}
