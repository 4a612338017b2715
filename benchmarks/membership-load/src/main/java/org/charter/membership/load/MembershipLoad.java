package org.charter.membership.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load of reads and commands against a running membership API (directly on 8081 or
 * through the gateway on 8080), reporting requests per second and p50/p99 latency. Reads list
 * members, read one member and its voting rights; commands register members of their own and
 * move them through admission, suspension and reinstatement.
 */
public final class MembershipLoad {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Z][A-Z0-9-]*)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final LoadSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LatencyStats reads = new LatencyStats();
    private final LatencyStats commands = new LatencyStats();
    private final List<String> known = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000L, 36).toUpperCase(Locale.ROOT);
    private String token;

    MembershipLoad(LoadSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        LoadSettings settings;
        try {
            settings = LoadSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadSettings.usage());
            System.exit(2);
            return;
        }
        System.out.println(new MembershipLoad(settings).run());
    }

    String run() throws Exception {
        token = settings.token() != null ? settings.token() : fetchToken();
        HttpResponse<String> listing = send(get("/api/v1/members?size=200"));
        if (listing.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/members answered " + listing.statusCode() + ": " + listing.body());
        }
        Matcher ids = ID.matcher(listing.body());
        while (ids.find()) {
            known.add(ids.group(1));
        }
        long started = System.nanoTime();
        long deadline = started + settings.duration().toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < settings.concurrency(); w++) {
            int worker = w;
            Thread thread = new Thread(() -> work(worker, deadline), "load-" + w);
            thread.start();
            workers.add(thread);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return report(seconds);
    }

    private void work(int worker, long deadline) {
        List<String> mine = new ArrayList<>();
        int[] registrations = {0};
        while (issued.getAndIncrement() < settings.requests() && System.nanoTime() < deadline) {
            boolean command = ThreadLocalRandom.current().nextInt(100) < settings.commandPercent();
            try {
                if (command) {
                    command(worker, mine, registrations);
                } else {
                    read();
                }
            } catch (IOException e) {
                (command ? commands : reads).record(0, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void read() throws IOException, InterruptedException {
        String id = known.isEmpty() ? null : known.get(ThreadLocalRandom.current().nextInt(known.size()));
        String path = switch (id == null ? 0 : ThreadLocalRandom.current().nextInt(3)) {
            case 0 -> "/api/v1/members?size=20&page=" + ThreadLocalRandom.current().nextInt(2);
            case 1 -> "/api/v1/members/" + id;
            default -> "/api/v1/members/" + id + "/voting-rights";
        };
        timed(reads, get(path), 200);
    }

    /** Each worker registers its own members and cycles them: admitted, suspended, reinstated, suspended, ... */
    private void command(int worker, List<String> mine, int[] registrations) throws IOException, InterruptedException {
        int step = mine.isEmpty() ? 0 : ThreadLocalRandom.current().nextInt(4);
        if (step == 0 || mine.size() < 3 && step == 1) {
            String id = "LD" + run + "W" + worker + "N" + Integer.toString(registrations[0]++, 36).toUpperCase(Locale.ROOT);
            id = id.length() > 16 ? id.substring(0, 16) : id;
            // applied a little in the past, so an admission decided "now" on a slower clock is not before it
            String body = "{\"id\":\"" + id + "\",\"name\":\"Load member " + id + "\",\"kind\":\"ORGANISATION\","
                    + "\"tier\":\"AFFILIATE\",\"appliedAt\":\"" + Instant.now().minusSeconds(60) + "\"}";
            if (timed(commands, post("/api/v1/members", body), 201)) {
                mine.add(id);
                timed(commands, post("/api/v1/members/" + id + "/admission", ruling("")), 200);
                known.add(id);
            }
            return;
        }
        String id = mine.get(ThreadLocalRandom.current().nextInt(mine.size()));
        // a suspended member answers 409 to another suspension: a correct answer, then reinstate it
        long start = System.nanoTime();
        HttpResponse<String> suspended = send(post("/api/v1/members/" + id + "/suspension", ruling("\"reason\":\"load\",")));
        commands.record(System.nanoTime() - start, suspended.statusCode() == 200 || suspended.statusCode() == 409);
        if (suspended.statusCode() == 409) {
            timed(commands, post("/api/v1/members/" + id + "/reinstatement", ruling("")), 200);
        }
    }

    private String ruling(String extra) {
        Instant now = Instant.now().minusSeconds(1);
        return "{" + extra + "\"decidedAt\":\"" + now + "\",\"effectiveAt\":\"" + now
                + "\",\"decision\":{\"kind\":\"MINUTES\",\"reference\":\"load test\"}}";
    }

    private boolean timed(LatencyStats stats, HttpRequest request, int expected) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> response = send(request);
        stats.record(System.nanoTime() - start, response.statusCode() == expected);
        return response.statusCode() == expected;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(settings.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(settings.baseUrl().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private String fetchToken() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.baseUrl().resolve(URI.create("/dev/tokens")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"load-generator\",\"role\":\"secretary\"}")).build();
        HttpResponse<String> response = send(request);
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no development token from " + request.uri() + " (" + response.statusCode()
                    + "); pass --token");
        }
        return matcher.group(1);
    }

    private String report(double seconds) {
        int total = reads.count() + commands.count();
        return String.format(Locale.ROOT, """
                membership load against %s: %d requests in %.1f s with %d workers (%d%% commands)
                  all       %8.1f req/s
                  reads     %6d  failed %4d  %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms
                  commands  %6d  failed %4d  %8.1f req/s  p50 %7.2f ms  p99 %7.2f ms""",
                settings.baseUrl(), total, seconds, settings.concurrency(), settings.commandPercent(), total / seconds,
                reads.count(), reads.failures(), reads.count() / seconds, reads.percentileMillis(50), reads.percentileMillis(99),
                commands.count(), commands.failures(), commands.count() / seconds, commands.percentileMillis(50),
                commands.percentileMillis(99));
    }
}
