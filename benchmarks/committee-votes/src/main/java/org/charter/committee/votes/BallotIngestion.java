package org.charter.committee.votes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.charter.voting.contest.PublishedContest;
import org.charter.voting.contest.PublishedContestReader;
import org.charter.voting.contest.ReceiptCheck;
import org.charter.voting.receipt.Receipts;

/**
 * Secret ballots under load (issue 13): every delegate of {@code --members} Governing members of the
 * run's own casts a ballot in two contests at once (a one-seat IRV and a two-seat STV contest of a
 * special election), over {@code --connections} parallel requests, some retried with the same
 * {@code Idempotency-Key} ({@code --retry}, must answer the same receipt) and some sent again with a
 * new key ({@code --second}, must be refused {@code ALREADY_VOTED}). Afterwards each contest is
 * closed and its publication checked: every accepted ballot's receipt in it exactly once, as many
 * ballots as members in the turnout; and every receipt verified as its voter would (as
 * {@code charter-verify receipt --nonce} does): recomputed from the ranking sent and the nonce
 * answered, its inclusion proof computed from the published ballots against the published Merkle
 * root (itself recomputed over them), and the service's own proof checked against that root. Run
 * with {@code --mode ballots}; see the README.
 */
final class BallotIngestion {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BallotIngestion() {
    }

    static void run(Map<String, String> options) throws Exception {
        URI base = URI.create(options.getOrDefault("base-url", "http://localhost:8080"));
        int members = Integer.parseInt(options.getOrDefault("members", "60"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
        long serverPid = Long.parseLong(options.getOrDefault("server-pid", "0"));
        double retryShare = Double.parseDouble(options.getOrDefault("retry", "0.1"));
        double secondShare = Double.parseDouble(options.getOrDefault("second", "0.05"));
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("this generator only loads a service on this machine, not " + base);
        }
        if (members < 7) {
            throw new IllegalArgumentException("--members: at least 7 (six of them stand as candidates)");
        }
        Setup setup = new Setup(base);
        String run = VoteIngestion.runTag();
        System.out.printf("ballot ingestion run %s against %s: %d members × 2 contests = %d ballots, %d connections;"
                + " load average %s%n", run, base, members, members * 2, connections, loadAverage());

        Instant since = Instant.now().minusSeconds(60);
        Map<String, String> tokens = setup.governingMembersWithDelegates("B" + run, members, since);
        List<String> ids = new ArrayList<>(tokens.keySet());
        // the election service learns the members from membership's topic
        Thread.sleep(Long.parseLong(options.getOrDefault("settle", "8")) * 1000);

        // the cycle before the ballot: --lead seconds (40), its windows in the same proportions; a loaded
        // machine needs a longer one, or the six nominations miss their window
        long lead = Long.parseLong(options.getOrDefault("lead", "40"));
        long slateBefore = lead / 4;
        Instant opensAt = Instant.now().plusSeconds(lead);
        String election = setup.callElection(Instant.now().atZone(java.time.ZoneOffset.UTC).getYear() + 2, "L" + run, opensAt,
                "{\"nominationsOpen\":\"PT%dS\",\"nominationsClose\":\"PT%dS\",\"acceptance\":\"PT%dS\",\"slate\":\"PT%dS\","
                        .formatted(lead, lead * 5 / 8, lead / 2, slateBefore)
                        + "\"ballot\":\"PT1H\",\"reopening\":\"PT1M\"}");
        Map<String, List<String>> candidates = new java.util.LinkedHashMap<>();
        candidates.put(election + ".CHAIR_ELECT", new ArrayList<>());
        candidates.put(election + ".AT_LARGE_K12", new ArrayList<>());
        for (int i = 0; i < 6; i++) {
            String position = i < 3 ? "CHAIR_ELECT" : "AT_LARGE_K12";
            String member = ids.get(i);
            candidates.get(election + "." + position).add(setup.stand(election, position, member.toLowerCase() + "-del", member,
                    tokens.get(ids.get(6))));
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opensAt.minusSeconds(slateBefore)).toMillis()) + 200);
        setup.slate(election);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), opensAt).toMillis()) + 500);
        for (String contest : candidates.keySet()) {
            System.out.printf("  %s %s, N = %d%n", contest, setup.contest(contest).path("status").asText(),
                    setup.contest(contest).path("electorate").asInt());
        }

        List<String[]> work = new ArrayList<>();
        for (String contest : candidates.keySet()) {
            for (String id : ids) {
                work.add(new String[]{contest, id});
            }
        }
        Collections.shuffle(work);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        LatencyStats latency = new LatencyStats();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, String> receipts = new ConcurrentHashMap<>();
        Map<String, Receipted> answered = new ConcurrentHashMap<>();
        AtomicInteger replayMismatches = new AtomicInteger();
        AtomicInteger replays = new AtomicInteger();
        AtomicInteger secondsRefused = new AtomicInteger();
        AtomicInteger secondsAccepted = new AtomicInteger();
        VoteIngestion.ProcessCpuTime cpu = serverPid > 0 ? new VoteIngestion.ProcessCpuTime(serverPid) : null;
        double cpuBefore = cpu == null ? 0 : cpu.seconds();
        ExecutorService senders = Executors.newFixedThreadPool(connections);
        long start = System.nanoTime();
        List<Future<?>> sent = new ArrayList<>();
        for (String[] pair : work) {
            sent.add(senders.submit(() -> {
                String contest = pair[0];
                String member = pair[1];
                List<String> ranking = ranking(candidates.get(contest));
                String body = "{\"ranking\":[\"" + String.join("\",\"", ranking) + "\"]}";
                String key = UUID.randomUUID().toString();
                HttpResponse<String> first = cast(client, base, contest, tokens.get(member), key, body, latency, statuses);
                if (first.statusCode() != 201) {
                    return null;
                }
                JsonNode answer = JSON.readTree(first.body());
                String receipt = answer.path("receipt").asText();
                receipts.put(contest + "/" + member, receipt);
                answered.put(contest + "/" + member, new Receipted(ranking, receipt, answer.path("nonce").asText()));
                ThreadLocalRandom random = ThreadLocalRandom.current();
                if (random.nextDouble() < retryShare) {
                    HttpResponse<String> again = cast(client, base, contest, tokens.get(member), key, body, latency, statuses);
                    replays.incrementAndGet();
                    if (again.statusCode() == 201 && !JSON.readTree(again.body()).path("receipt").asText().equals(receipt)) {
                        replayMismatches.incrementAndGet();
                    }
                }
                if (random.nextDouble() < secondShare) {
                    HttpResponse<String> second = cast(client, base, contest, tokens.get(member), UUID.randomUUID().toString(),
                            body, latency, statuses);
                    if (second.statusCode() == 409) {
                        secondsRefused.incrementAndGet();
                    } else if (second.statusCode() == 201) {
                        secondsAccepted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : sent) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu == null ? 0 : cpu.seconds() - cpuBefore;
        senders.shutdown();
        int accepted = receipts.size();
        System.out.printf("  ballots: %d accepted of %d in %.1f s = %.1f ballots/s; requests %d (answers %s)%n", accepted,
                work.size(), seconds, accepted / seconds, latency.count(), VoteIngestion.statusesOf(statuses));
        System.out.printf("  latency to the answer: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", latency.percentileMillis(50),
                latency.percentileMillis(99), latency.maxMillis());
        System.out.printf("  retries with the same key: %d, answered another receipt: %d (must be 0); second ballots: %d refused,"
                + " %d accepted (must be 0)%n", replays.get(), replayMismatches.get(), secondsRefused.get(), secondsAccepted.get());
        if (cpu != null) {
            System.out.printf("  server CPU: %.2f s, %.2f ms per accepted ballot; %s%n", cpuSeconds, cpuSeconds * 1000 / accepted,
                    VoteIngestion.memoryOf(serverPid));
        }

        // exactly once: each contest's turnout lists the members that voted, its publication every receipt once
        List<String> notCountedOnce = new ArrayList<>();
        for (String contest : candidates.keySet()) {
            Set<String> expected = new HashSet<>();
            receipts.forEach((k, r) -> {
                if (k.startsWith(contest + "/")) {
                    expected.add(r);
                }
            });
            int voted = 0;
            for (JsonNode m : setup.turnout(contest).path("voted")) {
                voted += m.asText().startsWith("B" + run) ? 1 : 0;
            }
            setup.closeContest(contest);
            List<String> published = new ArrayList<>();
            JsonNode publication = setup.published(contest);
            publication.path("ballots").forEach(b -> published.add(b.path("receipt").asText()));
            Set<String> distinct = new HashSet<>(published);
            System.out.printf("  %s: accepted %d, turnout %d, published %d (distinct %d), accepted receipts missing from it %d%n",
                    contest, expected.size(), voted, published.size(), distinct.size(),
                    expected.stream().filter(r -> !distinct.contains(r)).count());
            List<String> problems = CountedOnce.problems(contest, expected, voted, published);
            problems.forEach(p -> System.out.println("  NOT COUNTED ONCE: " + p));
            notCountedOnce.addAll(problems);
            verifyReceipts(setup, contest, publication, answered);
        }
        System.out.printf("  machine load average after the run: %s%n", loadAverage());
        if (!notCountedOnce.isEmpty()) {
            throw new IllegalStateException("ballots not counted exactly once: " + String.join("; ", notCountedOnce));
        }
    }

    /** What a voter keeps of an accepted ballot: the ranking it sent, the receipt and the nonce it got back. */
    private record Receipted(List<String> ranking, String receipt, String nonce) {
    }

    /**
     * Every accepted receipt of the contest checked as its voter would (charter-verify receipt --nonce): the
     * publication's Merkle root recomputed over its ballots in leaf order; the receipt recomputed from the ranking
     * sent and the nonce answered; its inclusion proof, computed from the published ballots, verifying against that
     * root with the ranking sent; and the service's own proof for it verifying against the same root.
     */
    private static void verifyReceipts(Setup setup, String contest, JsonNode publication, Map<String, Receipted> answered)
            throws IOException {
        PublishedContest published = PublishedContestReader.read(contest + ".json",
                new StringReader(JSON.writeValueAsString(publication)));
        List<String> rootProblems = ReceiptCheck.differences(published);
        String root = published.merkleRoot().orElse("");
        int checked = 0;
        int nonceWrong = 0;
        int proofWrong = 0;
        int servedWrong = 0;
        for (Map.Entry<String, Receipted> e : answered.entrySet()) {
            if (!e.getKey().startsWith(contest + "/")) {
                continue;
            }
            Receipted r = e.getValue();
            checked++;
            if (!Receipts.receipt(contest, r.ranking(), r.nonce()).equals(r.receipt())) {
                nonceWrong++;
            }
            Optional<Receipts.InclusionProof> proof = Receipts.proofOf(published.receipted(), r.receipt());
            if (proof.isEmpty() || !proof.get().verifies() || !proof.get().root().equals(root)
                    || !proof.get().ranking().equals(r.ranking())) {
                proofWrong++;
            }
            Receipts.InclusionProof served = JSON.readerFor(Receipts.InclusionProof.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(setup.receiptProof(contest, r.receipt()));
            if (!served.verifies() || !served.root().equals(root) || !served.ranking().equals(r.ranking())) {
                servedWrong++;
            }
        }
        System.out.printf("  %s: receipts verified %d: root recomputed %s; nonce does not give the receipt %d, published"
                        + " inclusion fails %d, the service's proof fails %d (each must be 0)%n", contest, checked,
                rootProblems.isEmpty() ? "matches" : "DIFFERS " + rootProblems, nonceWrong, proofWrong, servedWrong);
        if (!rootProblems.isEmpty() || nonceWrong + proofWrong + servedWrong > 0) {
            throw new IllegalStateException(contest + ": receipts that do not verify");
        }
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A random strict ranking of some of the candidates (at least one). */
    private static List<String> ranking(List<String> candidates) {
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled);
        return List.copyOf(shuffled.subList(0, 1 + ThreadLocalRandom.current().nextInt(shuffled.size())));
    }

    /**
     * One ballot as a careful client sends it: a server error or an overloaded answer (5xx) is sent
     * again with the same {@code Idempotency-Key}, up to eight times, backing off; every answer is counted.
     */
    private static HttpResponse<String> cast(HttpClient client, URI base, String contest, String token, String key, String body,
                                             LatencyStats latency, Map<Integer, LongAdder> statuses) throws Exception {
        HttpResponse<String> response = attempt(client, base, contest, token, key, body, latency, statuses);
        for (int attempt = 1; attempt < 8 && response.statusCode() >= 500; attempt++) {
            Thread.sleep(100L * attempt);
            response = attempt(client, base, contest, token, key, body, latency, statuses);
        }
        return response;
    }

    private static HttpResponse<String> attempt(HttpClient client, URI base, String contest, String token, String key,
                                                String body, LatencyStats latency, Map<Integer, LongAdder> statuses)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/contests/" + contest + "/ballots"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).header("Idempotency-Key", key).build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        latency.record(System.nanoTime() - t0, response.statusCode() == 201);
        statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
        return response;
    }
}
