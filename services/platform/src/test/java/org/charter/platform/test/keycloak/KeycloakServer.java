package org.charter.platform.test.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak server for an integration test, from the server distribution that Maven unpacks
 * (profile {@code keycloak}, system property {@value #HOME_PROPERTY}). The distribution is built
 * once for a file-based H2 database ({@code kc.sh build}, remembered in the distribution folder),
 * then every {@link #launch launch} starts it in production mode ({@code start --optimized}) on a
 * free port of 127.0.0.1, plain HTTP, with an empty database and the given realms imported. The
 * build and start run in the background, so the test's Spring context starts meanwhile;
 * {@link #awaitReady()} waits for them. The server's output goes to the file {@value #LOG_PROPERTY}
 * names, or {@code keycloak.log} beside the distribution.
 *
 * <p>Modules share the one distribution and may run at once (the reactor runs with {@code -T}):
 * the build holds a file lock beside it, and every server runs from a private copy made of hard
 * links (instant, no disk) beside its log, so that its {@code data} folder (database, realm
 * imports) is its own.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String HOME_PROPERTY = "charter.keycloak.home";
    /** Where the server's output goes: the module's own file, since modules share one distribution. */
    public static final String LOG_PROPERTY = "charter.keycloak.log";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BUILD_OPTIONS = "--db=dev-file";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;
    private volatile Path instance;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final CompletableFuture<Duration> ready;
    private final Map<String, String> environment;
    private volatile Process process;
    private volatile boolean closed;

    private KeycloakServer(Path home, List<ObjectNode> realms, Map<String, String> environment) {
        this.home = home;
        this.environment = Map.copyOf(environment);
        this.port = freePort();
        this.log = Path.of(System.getProperty(LOG_PROPERTY, home.resolveSibling("keycloak.log").toString()));
        Instant launched = Instant.now();
        this.ready = CompletableFuture.supplyAsync(() -> {
            buildOnce();
            instance = privateCopy();
            start(realms);
            awaitAnswering(realms.get(0).path("realm").asText());
            return Duration.between(launched, Instant.now());
        });
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "keycloak-stop"));
    }

    /** Why no server can be started here, or empty when the distribution is in place. */
    public static Optional<String> unavailability() {
        String home = System.getProperty(HOME_PROPERTY);
        String howTo = "run `./mvnw verify` without -DskipKeycloak (as .ci/run does): its profile fetches "
                + "org.keycloak:keycloak-quarkus-dist from Maven Central and unpacks it into the root target/keycloak";
        if (home == null || home.isBlank()) {
            return Optional.of("No Keycloak server distribution (system property " + HOME_PROPERTY + " is not set): " + howTo);
        }
        if (!Files.isRegularFile(Path.of(home, "bin", script()))) {
            return Optional.of("No Keycloak server distribution at " + home + " (bin/" + script() + " is missing): " + howTo);
        }
        return Optional.empty();
    }

    /** Builds (once) and starts a server with these realms in the background; {@link #awaitReady()} waits for it. */
    public static KeycloakServer launch(List<ObjectNode> realms) {
        return launch(realms, Map.of());
    }

    /**
     * The same, with environment variables for the server: the realm files leave some values to the
     * environment (the workflow client's secret and address), as docker-compose sets them.
     */
    public static KeycloakServer launch(List<ObjectNode> realms, Map<String, String> environment) {
        String missing = unavailability().orElse(null);
        if (missing != null) {
            throw new IllegalStateException(missing);
        }
        return new KeycloakServer(Path.of(System.getProperty(HOME_PROPERTY)).toAbsolutePath().normalize(), realms, environment);
    }

    /** Waits until the realms answer; how long the build and start took since the launch. */
    public Duration awaitReady() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Keycloak did not start: " + e.getCause().getMessage() + "\n--- last lines of "
                    + log + " ---\n" + tail(60), e.getCause());
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of a realm's tokens: the address they were requested at, as {@code hostname-strict=false} has it. */
    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public String jwkSetUri(String realm) {
        return issuer(realm) + "/protocol/openid-connect/certs";
    }

    /** An access token from the realm's token endpoint by the password grant (test realms only). */
    public String passwordGrant(String realm, String clientId, String username, String password) {
        return tokens(realm, clientId, username, password).path("access_token").asText();
    }

    /** The token endpoint's whole answer to the password grant: access, refresh and ID token. */
    public JsonNode tokens(String realm, String clientId, String username, String password) {
        return tokenEndpoint(realm, Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid"));
    }

    /** A new access token for a refresh token. */
    public String refresh(String realm, String clientId, String refreshToken) {
        return tokenEndpoint(realm, Map.of("grant_type", "refresh_token", "client_id", clientId,
                "refresh_token", refreshToken)).path("access_token").asText();
    }

    /** The realm's userinfo answer for an access token. */
    public JsonNode userInfo(String realm, String accessToken) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/userinfo"))
                .header("Authorization", "Bearer " + accessToken).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("userinfo refused the token: " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode tokenEndpoint(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("Keycloak refused a token for " + form.get("client_id") + "/" + form.get("username")
                    + " in realm " + realm + ": " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Process running = process;
        if (running == null) {
            return;
        }
        // kc.sh passes TERM on to the server's JVM; whatever is left after a grace period is killed
        List<ProcessHandle> descendants = running.descendants().toList();
        running.destroy();
        try {
            if (!running.waitFor(20, TimeUnit.SECONDS)) {
                running.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        Path copy = instance;
        if (copy != null) {
            try {
                deleteRecursively(copy);
            } catch (IOException | UncheckedIOException e) {
                // left in target/ for the next clean
            }
        }
    }

    // ------------------------------------------------------------------ build and start

    /** {@code kc.sh build} takes most of a minute: done once per unpacked distribution and build options. */
    private void buildOnce() {
        synchronized (KeycloakServer.class) { // a JVM may not hold two locks on one file
            try (FileChannel channel = FileChannel.open(home.resolveSibling(home.getFileName() + ".build.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                buildOnceLocked();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void buildOnceLocked() {
        Path marker = home.resolve("charter-build.txt");
        try {
            if (Files.exists(marker) && Files.readString(marker).equals(BUILD_OPTIONS)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve(script()).toString(), "build"));
            command.addAll(List.of(BUILD_OPTIONS.split(" ")));
            Process build = processBuilder(command, home).start();
            process = build;
            if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                build.destroyForcibly();
                throw new IllegalStateException("kc.sh build did not finish within " + BUILD_TIMEOUT);
            }
            if (build.exitValue() != 0) {
                throw new IllegalStateException("kc.sh build failed with exit code " + build.exitValue());
            }
            Files.writeString(marker, BUILD_OPTIONS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The built distribution again, as hard links (a copy where links are refused), without its
     * {@code data}: a server started from it keeps its database and imports to itself.
     */
    private Path privateCopy() {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Path copy = Files.createTempDirectory(log.toAbsolutePath().getParent(), "keycloak-instance-");
            try (Stream<Path> paths = Files.walk(home)) {
                for (Path source : paths.filter(path -> !path.startsWith(home.resolve("data"))).toList()) {
                    Path target = copy.resolve(home.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        try {
                            Files.createLink(target, source);
                        } catch (IOException | UnsupportedOperationException noLinks) {
                            Files.copy(source, target);
                        }
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start(List<ObjectNode> realms) {
        try {
            Path data = instance.resolve("data");
            deleteRecursively(data);
            Path imports = Files.createDirectories(data.resolve("import"));
            for (ObjectNode realm : realms) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(imports.resolve(realm.path("realm").asText() + "-realm.json").toFile(), realm);
            }
            if (closed) {
                throw new IllegalStateException("closed before it started");
            }
            process = processBuilder(List.of(instance.resolve("bin").resolve(script()).toString(), "start", "--optimized",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                    "--hostname-strict=false", "--cache=local", "--import-realm"), instance).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProcessBuilder processBuilder(List<String> command, Path directory) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // a test server: a small heap rather than 70 % of the machine's memory, and the client
        // compiler only, which starts it sooner (measured on 2 cores: 31 s instead of 39 s)
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        builder.environment().remove("JAVA_OPTS");
        // what the realm files leave to the environment, as compose sets it: the workflow client's
        // secret and address (an unset placeholder is an invalid redirect URI, and the import fails)
        builder.environment().put("WORKFLOW_CLIENT_SECRET", UUID.randomUUID().toString());
        builder.environment().put("NOTIFICATION_CLIENT_SECRET", UUID.randomUUID().toString());
        builder.environment().put("CHARTER_WORKFLOW_URL", "http://localhost:8086");
        builder.environment().putAll(environment);
        return builder;
    }

    private void awaitAnswering(String realm) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer(realm) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with code " + process.exitValue());
            }
            try {
                // 503 while Keycloak bootstraps (which includes the realm import), 200 once it serves
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("realm " + realm + " did not answer within " + START_TIMEOUT);
    }

    // ------------------------------------------------------------------ plumbing

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String script() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "kc.bat" : "kc.sh";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
