package org.charter.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The devstack jar running as a child process, as a developer would run it. */
final class DevstackProcess implements AutoCloseable {

    private static final long STOP_TIMEOUT_SECONDS = 300;

    private final Process process;
    private final StringBuilder output = new StringBuilder();

    private DevstackProcess(Process process) {
        this.process = process;
    }

    static DevstackProcess start(Path jar, Map<String, String> environment, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx768m", "-jar", jar.toString()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        DevstackProcess devstack = new DevstackProcess(builder.start());
        devstack.awaitReady(log);
        return devstack;
    }

    private void awaitReady(Path log) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (var writer = java.nio.file.Files.newBufferedWriter(log)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    writer.write(line);
                    writer.newLine();
                    writer.flush();
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith(Devstack.READY)) {
                        ready.complete(null);
                    }
                }
                ready.completeExceptionally(new IllegalStateException("devstack exited before it was ready; see " + log));
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
        }, "devstack-output");
        reader.setDaemon(true);
        reader.start();
        try {
            // a first start records its class data and shares two cores with parallel builds here
            ready.get(240, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("devstack not ready; output so far:\n" + output(), e);
        }
    }

    /** Waits (briefly) until the output contains {@code text}; the listing follows the ready line. */
    String awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return output();
    }

    String output() {
        synchronized (output) {
            return output.toString();
        }
    }

    /**
     * SIGKILL: no shutdown hook runs, nothing is flushed or closed. The JVM the jar relaunches
     * itself in (class data sharing) would halt when it sees its launcher gone, but on a busy
     * machine it may take longer to notice than the restart waits, and keep the ports: it is
     * killed too.
     */
    void kill() throws InterruptedException {
        List<ProcessHandle> relaunched = process.descendants().toList();
        process.destroyForcibly();
        relaunched.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (relaunched.stream().anyMatch(DevstackProcess::running) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /**
     * Alive and not a zombie: an orphan whose new parent does not reap it (PID 1 of some
     * containers) stays a zombie, which {@link ProcessHandle#isAlive()} counts as alive.
     */
    private static boolean running(ProcessHandle process) {
        Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
        try {
            String fields = java.nio.file.Files.readString(stat);
            return process.isAlive() && fields.charAt(fields.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return process.isAlive();
        }
    }

    /** SIGTERM, as Ctrl-C would: the devstack's shutdown hook stops everything cleanly. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            // the handle only signals; Process.destroy() would also close our end of its stdout,
            // and we want to read what the shutdown prints
            process.toHandle().destroy();
            // a first start writes its class data archive as it exits: seconds, minutes under heavy load
            if (!process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    int exitValue() throws InterruptedException {
        process.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return process.exitValue();
    }
}
