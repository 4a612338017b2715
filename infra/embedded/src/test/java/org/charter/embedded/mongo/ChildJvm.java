package org.charter.embedded.mongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A JVM started on this test's classpath, announcing readiness with a {@code READY <value>} line. */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final String readyValue;

    private ChildJvm(Process process, String readyValue) {
        this.process = process;
        this.readyValue = readyValue;
    }

    static ChildJvm start(Class<?> mainClass, Path log, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY ")) {
                        drain(out);
                        return line.substring("READY ".length());
                    }
                }
                throw new IllegalStateException("child exited before it was ready; see " + log);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return new ChildJvm(process, ready.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Keeps reading the child's stdout so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "child-jvm-stdout");
        drainer.setDaemon(true);
        drainer.start();
    }

    String readyValue() {
        return readyValue;
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the child to stop cleanly by closing its stdin. */
    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
