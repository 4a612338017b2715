package org.charter.benchmark.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.charter.embedded.mongo.InProcessMongoServer;

/**
 * The in-memory MongoDB-protocol server in a JVM of its own, as a MongoDB server runs beside the
 * audit service: its documents are not in the benchmark's heap, so the benchmark's garbage
 * collector does not trace a million stored entries, and its CPU is counted apart
 * ({@link #cpuNanos()}) and added to each phase's. {@link #main} is the child's entry point.
 */
final class ServerProcess implements AutoCloseable {

    private static final String READY = "mongodb-ready ";

    private final Process process;
    private final String connectionString;

    private ServerProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    /** Starts the child with these JVM options (e.g. its heap) and the benchmark's class path, and waits for its address. */
    static ServerProcess start(List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ServerProcess.class.getName()));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(READY)) {
                Thread drain = new Thread(() -> {
                    try {
                        out.lines().forEach(System.out::println);
                    } catch (UncheckedIOException closed) {
                        // the child was stopped: its output ends here
                    }
                }, "server-process-output");
                drain.setDaemon(true);
                drain.start(); // its log must not fill the pipe and stop it
                return new ServerProcess(child, line.substring(READY.length()));
            }
        }
        throw new IOException("the MongoDB-protocol server's process ended before it was ready (exit " + child.exitValue() + ")");
    }

    String connectionString() {
        return connectionString;
    }

    /** The child's CPU so far, all its threads (collector and compiler included). */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** The child: serves until its standard input closes (the benchmark ended, however it ended). */
    public static void main(String[] args) throws IOException {
        try (InProcessMongoServer server = InProcessMongoServer.startInMemory()) {
            System.out.println(READY + server.connectionString());
            System.out.flush();
            while (System.in.read() >= 0) {
                // nothing is sent; the read returns -1 when the parent's end closes
            }
        }
    }
}
