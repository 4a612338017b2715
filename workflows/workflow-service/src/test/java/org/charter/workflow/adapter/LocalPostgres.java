package org.charter.workflow.adapter;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL server for a test: a new cluster (initdb) in a temporary directory on a
 * free port, with the machine's own binaries (Debian's {@code /usr/lib/postgresql/<version>/bin},
 * or the directory in {@code CHARTER_POSTGRES_BIN}). PostgreSQL refuses to run as root, so as root
 * the cluster belongs to, and runs as, the user {@code postgres} ({@code runuser}). Trust
 * authentication on 127.0.0.1 only; fsync off (a test's data need not survive a crash). Stopped and
 * deleted by {@link #close()}, or when the JVM exits.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "charter";
    private static final String RUN_AS = "postgres";

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean root;
    private final Thread onExit = new Thread(this::stopQuietly, "local-postgres-stop");

    private LocalPostgres(Path bin, Path dir, int port, boolean root) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.root = root;
    }

    /** The directory holding initdb and pg_ctl, when PostgreSQL is installed on this machine. */
    static Optional<Path> binaries() {
        String configured = System.getenv("CHARTER_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(LocalPostgres::hasServer);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(debian)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(debian)) {
            return versions.map(version -> version.resolve("bin")).filter(LocalPostgres::hasServer)
                    .max(Comparator.comparingInt(LocalPostgres::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String missing() {
        return "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or CHARTER_POSTGRES_BIN:"
                + " install Debian's postgresql (apt-get install postgresql), as .ci/run does";
    }

    private static LocalPostgres shared;

    /**
     * The JVM's one server, started on first use (each test class takes a database of its own,
     * {@link #createDatabase}); null, with the test skipped, where PostgreSQL is not installed.
     */
    static synchronized LocalPostgres sharedOrSkip() throws IOException, InterruptedException {
        if (shared == null) {
            Path bin = binaries().orElse(null);
            if (bin == null) {
                // a class skipped in @BeforeAll reports no test at all: say why where the build log shows it
                System.err.println("[SKIPPED] the PostgreSQL tests: " + missing());
            }
            Assumptions.assumeTrue(bin != null, LocalPostgres::missing);
            shared = start(bin);
        }
        return shared;
    }

    /** A new empty database owned by {@link #USER}; its JDBC URL. */
    String createDatabase(String name) throws IOException, InterruptedException {
        run("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, name);
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    static LocalPostgres start(Path bin) throws IOException, InterruptedException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("charter-postgres-");
        if (root) {
            UserPrincipalLookupService users = FileSystems.getDefault().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(RUN_AS));
        }
        LocalPostgres postgres = new LocalPostgres(bin, dir, freePort(), root);
        Runtime.getRuntime().addShutdownHook(postgres.onExit);
        postgres.run("initdb", "-D", postgres.data(), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync",
                "--no-instructions");
        postgres.run("pg_ctl", "-D", postgres.data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + postgres.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=50",
                "start");
        return postgres;
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException exiting) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private void stopQuietly() {
        try {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the directory goes below anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private void run(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", RUN_AS, "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        // output to a file, not a pipe: the server pg_ctl starts would inherit the pipe and keep it open
        Path output = Files.createTempFile("charter-postgres-" + tool + "-", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " failed: " + String.join(" ", command) + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean hasServer(Path bin) {
        return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
