package org.charter.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.charter.conventions.test.RawHttp;
import org.charter.devstack.ApiOperations.Operation;
import org.charter.devstack.MalformedRequests.Mutation;

/**
 * Malformed paths, encodings, bodies, headers and sizes sent to every operation of every running
 * service and of the gateway: never a 5xx, never a connection closed without an answer, every
 * refusal a problem ({@code application/problem+json} with {@code type}, {@code title},
 * {@code status}, {@code code}), and a refused request changes nothing (the stored events stay as
 * they were).
 *
 * <p>The services are the devstack's ({@link DevstackServices#ALL}, where every service is listed
 * once anyway), started in this JVM once for every IT of the module ({@link SharedDevstack}); each one's operations come from its OpenAPI document, the
 * gateway's from its own and, through it, every routed service's. A new service is covered by
 * being in the devstack (the web app has no API: its forms are the browser tests' and its own). The seed is fixed, so a run is repeatable; change it (or the tries) to
 * explore further.
 */
class EdgeFuzzIT {

    private static final String SEED = "101010";
    private static final int TRIES = 300;

    private static RunningDevstack devstack;
    private static DevTokens tokens;
    private static StoredEvents events;
    private static List<Operation> operations;

    @BeforeContainer
    static void startTheDevstack() throws Exception {
        SharedDevstack shared = SharedDevstack.get();
        devstack = shared.devstack();
        tokens = shared.tokens();
        events = shared.events();
        List<Operation> all = new ArrayList<>();
        for (DevstackService service : DevstackServices.withApis()) {
            all.addAll(ApiOperations.of(service.name(), devstack.port(service)));
        }
        operations = List.copyOf(all);
    }

    static DevTokens tokens() {
        return tokens;
    }

    @Example
    void every_operation_of_every_service_is_found_directly_and_through_the_gateway() {
        assertThat(operations).extracting(Operation::toString).contains(
                "membership GET /api/v1/members/{id}", "membership POST /api/v1/members",
                "membership PUT /api/v1/members/{id}/alternates", "membership POST /api/v1/collaboratives/{id}/enrolments",
                "gateway GET /api/v1/members/{id}", "gateway POST /api/v1/members", "gateway POST /dev/tokens");
        assertThat(operations).extracting(Operation::template).doesNotContain("/gateway/unavailable/{service}");
        for (DevstackService service : DevstackServices.withApis()) {
            assertThat(operations).as(service.name()).anyMatch(operation -> operation.edge().equals(service.name()));
        }
    }

    @Property(tries = TRIES, seed = SEED, shrinking = ShrinkingMode.OFF)
    void a_spoiled_request_to_any_operation_is_answered_with_a_problem_and_a_refusal_changes_nothing(
            @ForAll("spoiledRequests") Probe probe) {
        long before = events.count();

        RawHttp.Answer answer = send(probe);
        Statistics.label("edge").collect(probe.operation().edge());
        Statistics.label("status").collect(answer.status());

        assertAnsweredWell(probe.toString(), probe.plan().method, answer);
        if (answer.status() >= 400) {
            assertThat(events.count()).as("stored events after %s -> %s", probe, answer).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Probe> spoiledRequests() {
        return Combinators.combine(Arbitraries.of(operations), MalformedRequests.mutations().list().ofMinSize(1).ofMaxSize(2))
                .as(Probe::new);
    }

    /** The requests issue 10 was found with, and the other statuses item 1 names, at every edge. */
    @Example
    void the_requests_of_issue_10_are_problems_at_every_edge() {
        String big = "{\"reason\":\"" + "x".repeat(300 * 1024) + "\"}";
        for (DevstackService service : DevstackServices.withApis()) {
            RawHttp http = new RawHttp(devstack.port(service));
            EdgePaths paths = EdgePaths.of(service.name());
            List<Case> cases = List.of(
                    new Case("dot-dot and a double slash", () -> get(http, paths.collection() + "/..//delegate"), Set.of(400, 404)),
                    new Case("encoded traversal", () -> get(http, paths.collection() + "/..%2F..%2Fetc%2Fpasswd"), Set.of(400)),
                    new Case("encoded dots", () -> get(http, paths.collection() + "/%2e%2e/delegate"), Set.of(400, 404)),
                    new Case("invalid percent-encoding", () -> get(http, paths.collection() + "/%zz"), Set.of(400)),
                    new Case("a 10,000-character id", () -> get(http, paths.collection() + "/" + "A".repeat(10_000)), Set.of(414)),
                    new Case("no such path", () -> get(http, "/api/v1/nowhere/at/all"), Set.of(404)),
                    new Case("no such method", () -> http.request("DELETE", paths.item()).token(tokens.admin()), Set.of(405)),
                    new Case("TRACE", () -> http.request("TRACE", paths.create()).token(tokens.admin()), Set.of(405)),
                    new Case("an answer the caller does not accept, for a command that would succeed",
                            () -> http.request("POST", paths.create()).token(tokens.admin()).header("Accept", "application/xml")
                                    .json(paths.createBody()), Set.of(406)),
                    new Case("a 300 KB body", () -> http.request("POST", paths.command())
                            .token(tokens.admin()).json(big), Set.of(413)),
                    new Case("a 300 KB body chunked", () -> http.request("POST", paths.command())
                            .token(tokens.admin()).json(big).chunked(), Set.of(413)),
                    new Case("a text body", () -> http.request("POST", paths.create()).token(tokens.admin())
                            .header("Content-Type", "text/plain").body("hello".getBytes(StandardCharsets.UTF_8)), Set.of(415)),
                    new Case("20 KB of headers", () -> get(http, paths.create()).header("X-Padding", "p".repeat(20_000)),
                            Set.of(431)),
                    new Case("a bad request line", () -> http.request("GET", "/a b c"), Set.of(400)),
                    new Case("a broken chunked body", () -> http.request("POST", paths.command())
                            .token(tokens.admin()).header("Content-Type", "application/json")
                            .rawChunkedBody("zz\r\n{}\r\n0\r\n\r\n"), Set.of(400)));
            for (Case refused : cases) {
                long before = events.count();
                String what = service.name() + ": " + refused.name();

                RawHttp.Answer answer = send(what, refused.request().get());

                assertAnsweredWell(what, "GET", answer);
                assertThat(answer.status()).as(what + " -> " + answer).isIn(paths.expected(refused.statuses()));
                assertThat(events.count()).as("stored events after " + what).isEqualTo(before);
            }
        }
    }

    /**
     * Where a service's refusals are tried: an item that can be read but not deleted, a path that
     * creates (and is neither traced nor sent text), and a command that takes a JSON body. The
     * gateway's are membership's, which it routes. A read-only service (audit) has no command: its
     * {@code create} and {@code command} are read paths, where any other method is refused 405.
     */
    private record EdgePaths(String collection, String item, String create, String createBody, String command,
                             boolean readOnly) {

        EdgePaths(String collection, String item, String create, String createBody, String command) {
            this(collection, item, create, createBody, command, false);
        }

        Set<Integer> expected(Set<Integer> statuses) {
            if (!readOnly) {
                return statuses;
            }
            Set<Integer> orNotAllowed = new java.util.HashSet<>(statuses);
            orNotAllowed.add(405);
            return orNotAllowed;
        }

        static EdgePaths of(String service) {
            return switch (service) {
                case "membership", "gateway" -> new EdgePaths("/api/v1/members", "/api/v1/members/CA", "/api/v1/members",
                        "{\"id\":\"Z%s\",\"name\":\"Never registered\",\"kind\":\"STATE\",\"tier\":\"GOVERNING\"}"
                                .formatted(UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "Q")),
                        "/api/v1/members/CA/suspension");
                case "committee" -> new EdgePaths("/api/v1/motions", "/api/v1/motions/m-never", "/api/v1/motions",
                        "{\"title\":\"Never proposed\",\"text\":\"1. Nothing.\",\"kind\":\"POLICY_ADOPTION\","
                                + "\"committee\":\"GOVERNING_BOARD\"}",
                        "/api/v1/motions/m-never/withdrawal");
                case "election" -> new EdgePaths("/api/v1/contests", "/api/v1/contests/EC-FY2999.CHAIR_ELECT",
                        "/api/v1/elections", "{\"fiscalYear\":2999,\"ballotOpensAt\":\"2998-05-01T16:00:00Z\"}",
                        "/api/v1/elections/EC-FY2999/slate");
                case "budget" -> new EdgePaths("/api/v1/budgets", "/api/v1/budgets/FY2099-B9", "/api/v1/budgets",
                        "{\"fiscalYear\":\"FY2099\",\"lines\":[{\"kind\":\"EXPENSE\",\"category\":\"PERSONNEL\","
                                + "\"description\":\"Never proposed\",\"amountCents\":0}]}",
                        "/api/v1/budgets/FY2099-B9/return");
                case "audit" -> new EdgePaths("/api/v1/ledger", "/api/v1/ledger/verification", "/api/v1/ledger/export",
                        "{}", "/api/v1/ledger/export", true);
                case "workflow" -> new EdgePaths("/api/v1/processes", "/api/v1/processes/p-never",
                        "/api/v1/processes/policy-approval", "{\"motion\":\"m-never\"}", "/api/v1/processes/policy-approval");
                case "notification" -> new EdgePaths("/api/v1/webhooks", "/api/v1/webhook-deliveries/parked", "/api/v1/webhooks",
                        "{\"url\":\"https://10.0.0.1/never\",\"eventTypes\":[\"charter.committee.PollOpened.v1\"]}",
                        "/api/v1/webhooks");
                default -> throw new IllegalArgumentException(
                        "say in EdgePaths where the requests of issue 10 are tried on " + service);
            };
        }
    }

    @Example
    void the_gateways_fallback_cannot_be_reached_from_outside() {
        RawHttp gateway = new RawHttp(devstack.port(devstack.service("gateway")));
        for (String path : List.of("/gateway/unavailable/membership", "/gateway/unavailable/committee",
                "/gateway/unavailable/nobody")) {
            RawHttp.Answer answer = gateway.request("GET", path).send();

            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        }
    }

    private static RawHttp.Request get(RawHttp http, String path) {
        return http.request("GET", path).token(tokens.admin());
    }

    private static RawHttp.Answer send(Probe probe) {
        RawHttp http = new RawHttp(probe.operation().port());
        return send(probe.toString(), probe.plan().request(http));
    }

    private static RawHttp.Answer send(String what, RawHttp.Request request) {
        try {
            return request.send();
        } catch (RawHttp.NoAnswer silence) {
            throw new AssertionError(what + ": no answer: " + silence.getMessage(), silence);
        }
    }

    private static void assertAnsweredWell(String what, String method, RawHttp.Answer answer) {
        assertThat(answer.status()).as(what + " -> " + answer).isBetween(100, 499);
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as(what + " -> " + answer).startsWith("application/problem+json");
            if (!method.equals("HEAD")) {
                assertThat(answer.isProblem()).as(what + " -> " + answer).isTrue();
            }
        }
    }

    /** An operation's well-formed request, spoiled by one or two mutations. */
    record Probe(Operation operation, List<Mutation> mutations) {

        MalformedRequests.Plan plan() {
            MalformedRequests.Plan plan = new MalformedRequests.Plan(operation, tokens.admin());
            mutations.forEach(mutation -> mutation.applyTo(plan, operation));
            return plan;
        }

        @Override
        public String toString() {
            return operation + " with " + mutations;
        }
    }

    private record Case(String name, Supplier<RawHttp.Request> request, Set<Integer> statuses) {
    }
}
