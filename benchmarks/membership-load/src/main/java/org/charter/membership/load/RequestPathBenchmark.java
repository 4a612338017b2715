package org.charter.membership.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost of the request path every service inherits, against a running devstack: the health
 * endpoint and one member read, directly and through the gateway, with N keep-alive connections
 * each sending its next request as soon as the last was answered (closed loop); and the latency
 * of a lone read (one connection, one request after the other). Every phase is bounded in time.
 */
public final class RequestPathBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final RequestPathSettings settings;
    private final StringBuilder report = new StringBuilder();
    private String token;

    RequestPathBenchmark(RequestPathSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        RequestPathSettings settings;
        try {
            settings = RequestPathSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(RequestPathSettings.usage());
            System.exit(2);
            return;
        }
        System.out.println(new RequestPathBenchmark(settings).run());
    }

    String run() throws Exception {
        token = fetchToken();
        String memberPath = "/api/v1/members/" + settings.member();
        if (!settings.warmUp().isZero()) {
            Duration half = settings.warmUp().dividedBy(2);
            load(settings.service(), memberPath, token, settings.connections(), half);
            load(settings.gateway(), memberPath, token, settings.connections(), half);
        }
        report.append(String.format(Locale.ROOT, "request path: %s (service) and %s (gateway), %d connections, %d s a phase%n",
                settings.service(), settings.gateway(), settings.connections(), settings.phase().toSeconds()));
        report.append(String.format(Locale.ROOT, "  %-34s %9s %9s %9s %9s %9s %7s %12s%n",
                "phase", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "failed", "server CPU"));
        lone("lone read, direct", settings.service(), memberPath);
        lone("lone read, gateway", settings.gateway(), memberPath);
        phase("GET /actuator/health, direct", settings.service(), "/actuator/health", null);
        phase("GET " + memberPath + ", direct", settings.service(), memberPath, token);
        phase("GET " + memberPath + ", gateway", settings.gateway(), memberPath, token);
        return report.toString();
    }

    private void lone(String name, URI base, String path) throws IOException {
        LatencyStats stats = new LatencyStats();
        double cpuBefore = serverCpuSeconds();
        long started = System.nanoTime();
        long deadline = started + settings.phase().toNanos();
        try (KeepAliveConnection connection = new KeepAliveConnection(base)) {
            for (int i = 0; i < settings.loneReads() && System.nanoTime() < deadline; i++) {
                long start = System.nanoTime();
                int status = connection.get(path, token);
                stats.record(System.nanoTime() - start, status == 200);
            }
        }
        line(name, stats, (System.nanoTime() - started) / 1e9, serverCpuSeconds() - cpuBefore);
    }

    private void phase(String name, URI base, String path, String bearer) throws InterruptedException {
        double cpuBefore = serverCpuSeconds();
        long started = System.nanoTime();
        LatencyStats stats = load(base, path, bearer, settings.connections(), settings.phase());
        line(name, stats, (System.nanoTime() - started) / 1e9, serverCpuSeconds() - cpuBefore);
    }

    private double serverCpuSeconds() {
        return settings.serverPid() == null ? Double.NaN : new ProcessCpu(settings.serverPid()).seconds();
    }

    /** N threads, one connection each, requests back to back until the time is up. */
    private static LatencyStats load(URI base, String path, String bearer, int connections, Duration length)
            throws InterruptedException {
        LatencyStats stats = new LatencyStats();
        long deadline = System.nanoTime() + length.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread worker = new Thread(() -> {
                try (KeepAliveConnection connection = new KeepAliveConnection(base)) {
                    while (System.nanoTime() < deadline) {
                        long start = System.nanoTime();
                        try {
                            int status = connection.get(path, bearer);
                            stats.record(System.nanoTime() - start, status == 200);
                        } catch (IOException | RuntimeException e) {
                            stats.record(System.nanoTime() - start, false);
                            connection.close();
                        }
                    }
                }
            }, "request-path-" + c);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return stats;
    }

    /** {@code cpuSeconds}: what the server used during the phase (NaN without --server-pid), shown per request. */
    private void line(String name, LatencyStats stats, double seconds, double cpuSeconds) {
        String cpu = Double.isNaN(cpuSeconds) || stats.count() == 0 ? "-"
                : String.format(Locale.ROOT, "%.2f ms/req", cpuSeconds * 1000 / stats.count());
        report.append(String.format(Locale.ROOT, "  %-34s %9d %9.1f %9.2f %9.2f %9.2f %7d %12s%n", name, stats.count(),
                stats.count() / seconds, stats.percentileMillis(50), stats.percentileMillis(99), stats.maxMillis(),
                stats.failures(), cpu));
    }

    private String fetchToken() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.gateway().resolve("/dev/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"sam\",\"role\":\"secretary\"}")).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no development token from " + request.uri() + " (" + response.statusCode() + ")");
        }
        return matcher.group(1);
    }
}
