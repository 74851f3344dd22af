package io.ultramarket.commerce.load;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one scenario against a running app and prints its figures. See README.md for the scenarios,
 * the arguments and how to read the report.
 */
public final class LoadTest {

    private static final int EXIT_SETUP_FAILED = 1;
    private static final int EXIT_BAD_ARGUMENTS = 2;

    private LoadTest() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.print(LoadTestArguments.USAGE);
            return;
        }
        LoadTestArguments arguments;
        try {
            arguments = LoadTestArguments.parse(args);
        } catch (IllegalArgumentException invalid) {
            System.err.println(invalid.getMessage());
            System.err.print(LoadTestArguments.USAGE);
            // Returning normally would look like success to a script; under exec:java this ends Maven too.
            System.exit(EXIT_BAD_ARGUMENTS);
            return;
        }
        warnIfEveryResponseGetsAThread();
        ExecutorService executor = Executors.newFixedThreadPool(workerThreads(), daemonThreads());
        try {
            Benchmark benchmark = arguments.scenario().create(arguments);
            benchmark.run(arguments, new CommerceApi(arguments.baseUrl(), executor), executor);
        } catch (SetupFailed failed) {
            System.err.println(failed.getMessage());
            System.exit(EXIT_SETUP_FAILED);
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * The JDK HttpClient hands every async response to CompletableFuture's default executor. With a common
     * pool of parallelism 1 (machines with 2 cores or fewer) that executor starts a new thread per task, which
     * costs the shared CPU noticeably. The pool reads its property once, when the JVM (Maven, under exec:java)
     * first uses it, so setting it here would be too late: it has to come as -D on the Maven command line.
     */
    private static void warnIfEveryResponseGetsAThread() {
        if (ForkJoinPool.getCommonPoolParallelism() < 2) {
            System.err.println("note: the JDK HttpClient will start a thread for every response on this machine; "
                    + "add -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 to the command (see README.md)");
        }
    }

    /**
     * The app shares the (small) machine: the generator only needs threads to parse answers and start the next
     * request, never to wait, so a couple of threads are enough and leave the cores to the app.
     */
    private static int workerThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Daemon threads, so that a request still hanging at the end cannot keep the JVM (or Maven) alive. */
    private static ThreadFactory daemonThreads() {
        AtomicInteger counter = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "load-client-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
