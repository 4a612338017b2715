package org.charter.audit.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.charter.platform.test.Api;
import org.charter.audit.AuditServiceTest;
import org.charter.audit.ledger.adapter.MongoLedgerStore;
import org.charter.audit.replay.HistoricalEvent;
import org.charter.audit.replay.ReplayKind;
import org.charter.audit.replay.ReplayKinds;
import org.charter.audit.replay.adapter.LedgerHistory;
import org.charter.audit.replay.adapter.StateJson;
import org.charter.audit.replay.Governance;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scripted governance history, appended by the platform's event store and published by its
 * relay, replayed through the API at several instants from the ledger and from the topics read
 * from offset zero: both give what the services' own aggregates held at those instants.
 */
@AuditServiceTest
class ReplayIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Api api;

    @BeforeEach
    void history() {
        api = new Api(port);
        History.published(database);
    }

    @Test
    void members_motion_polls_and_budget_replay_from_the_ledger_and_the_topics_as_the_services_held_them() throws Exception {
        List<String[]> aggregates = List.of(new String[] {"member", "GU"}, new String[] {"member", "PR"},
                new String[] {"motion", Governance.MOTION}, new String[] {"poll", Governance.FIRST_ROUND},
                new String[] {"poll", Governance.SECOND_ROUND}, new String[] {"budget", Governance.FISCAL_YEAR});
        int compared = 0;
        for (String[] aggregate : aggregates) {
            List<Instant> instants = History.GOVERNANCE.instants(aggregate[0], aggregate[1]);
            for (Instant noted : instants) {
                for (Instant at : List.of(noted, noted.plusSeconds(3600))) {
                    JsonNode expected = JSON.readTree(History.GOVERNANCE.stateAt(aggregate[0], aggregate[1], at).toString());
                    String what = aggregate[0] + " " + aggregate[1] + " at " + at;
                    assertThat(replay(aggregate[0], aggregate[1], at, "ledger").get("state")).as(what + " from the ledger")
                            .isEqualTo(expected);
                    compared++;
                }
            }
            // the topics are read whole for each replay: the first and the last instant of each aggregate
            for (Instant at : List.of(instants.get(0), instants.get(instants.size() - 1))) {
                JsonNode expected = JSON.readTree(History.GOVERNANCE.stateAt(aggregate[0], aggregate[1], at).toString());
                JsonNode fromLedger = replay(aggregate[0], aggregate[1], at, "ledger");
                JsonNode fromTopics = replay(aggregate[0], aggregate[1], at, "topics");
                String what = aggregate[0] + " " + aggregate[1] + " at " + at;
                assertThat(fromTopics.get("state")).as(what + " from the topics").isEqualTo(expected);
                assertThat(fromTopics.get("version")).as(what).isEqualTo(fromLedger.get("version"));
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
    }

    @Test
    void every_stream_of_a_context_read_unsorted_from_the_ledger_rebuilds_as_from_its_entries_in_position_order() {
        LedgerHistory ledger = new LedgerHistory(new MongoLedgerStore(database));
        // members and votes: every stream of both rebuilds (the first motions, m-1 to m-3, are ledger fixtures
        // with ids the committee's code refuses, so a whole-context rebuild of motions stops at them)
        for (ReplayKind<?, ?, ?> kind : List.of(ReplayKinds.MEMBER, ReplayKinds.VOTE)) {
            try (Stream<HistoricalEvent> unsorted = ledger.inAnyOrder(kind.context());
                 Stream<HistoricalEvent> inOrder = ledger.all(kind.context())) {
                assertThat(unsorted.map(HistoricalEvent::eventId).toList()).as(kind.context() + "'s entries, each once")
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inOrder.map(HistoricalEvent::eventId).toList());
            }
            Map<String, JsonNode> fromOneRead = new TreeMap<>();
            kind.streams(Instant.MAX).read(ledger).forEachRebuilt((subject, rebuilt) -> fromOneRead.put(subject, StateJson.of(rebuilt)));
            Map<String, JsonNode> streamByStream = new TreeMap<>();
            for (String subject : fromOneRead.keySet()) {
                try (Stream<HistoricalEvent> entries = ledger.of(kind.context(), subject)) {
                    List<HistoricalEvent> stream = entries.filter(e -> subject.equals(e.subject())).toList();
                    streamByStream.put(subject, StateJson.of(kind.rebuild(stream, Instant.MAX).orElseThrow()));
                }
            }
            assertThat(fromOneRead).as(kind.name()).isNotEmpty().isEqualTo(streamByStream);
        }
    }

    @Test
    void a_member_suspended_in_april_reads_suspended_then_and_active_again_in_june() {
        assertThat(replay("member", "GU", Governance.APR, "ledger").get("state").toString()).contains("SUSPENDED");
        JsonNode june = replay("member", "GU", Instant.parse("2026-06-30T00:00:00Z"), "topics");
        assertThat(june.get("kind").asText()).isEqualTo("member");
        assertThat(june.get("asOf").asText()).isEqualTo("2026-06-30T00:00:00Z");
        assertThat(june.get("lastEventAt").asText()).isEqualTo(Governance.JUN.toString());
    }

    @Test
    void by_effective_dates_through_the_ledger_and_the_topics_alike() {
        Instant april = Governance.APR.plusSeconds(60);
        Api.Response ledger = api.get("/api/v1/replay/member/GU?asOf=" + april + "&by=effective", TestTokens.auditor());
        Api.Response topics = api.get("/api/v1/replay/member/GU?asOf=" + april + "&by=effective&source=topics",
                TestTokens.auditor());

        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        assertThat(ledger.json().get("by").asText()).isEqualTo("effective");
        assertThat(ledger.json().get("state").toString()).contains("SUSPENDED");
        // this history's facts take effect when recorded: both timelines agree
        assertThat(ledger.json().get("state")).isEqualTo(replay("member", "GU", april, "ledger").get("state"));
        assertThat(topics.json().get("state")).isEqualTo(ledger.json().get("state"));
        assertThat(replay("member", "GU", april, "ledger").get("by").asText()).isEqualTo("recorded");
    }

    @Test
    void nothing_recorded_yet_an_unknown_kind_a_bad_source_or_instant_are_problems_that_say_what_to_fix() {
        assertProblem("/api/v1/replay/member/GU?asOf=2025-01-01T00:00:00Z", 404, "NOTHING_RECORDED");
        assertProblem("/api/v1/replay/treasure/GU", 404, "REPLAY_KIND_UNKNOWN");
        assertProblem("/api/v1/replay/member/GU?source=rumour", 400, "REPLAY_SOURCE_INVALID");
        assertProblem("/api/v1/replay/member/GU?by=decided", 400, "REPLAY_BY_INVALID");
        assertProblem("/api/v1/replay/member/GU?asOf=2025-01-01T00:00:00Z&by=effective", 404, "NOTHING_RECORDED");
        assertProblem("/api/v1/replay/member/GU?asOf=yesterday", 400, "INVALID_PARAMETER");
        assertProblem("/api/v1/replay/poll/not-a-poll", 404, "POLL_NOT_FOUND");
    }

    @Test
    void only_auditors_replay() {
        String path = "/api/v1/replay/member/GU";
        assertThat(api.get(path, null).status()).isEqualTo(401);
        for (String token : List.of(TestTokens.secretary(), TestTokens.delegate("GU"))) {
            assertThat(api.get(path, token).status()).isEqualTo(403);
        }
    }

    private void assertProblem(String path, int status, String code) {
        Api.Response refused = api.get(path, TestTokens.auditor());
        assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).as(path).isEqualTo(code);
        assertThat(refused.json().get("detail").asText()).as(path).isNotBlank();
    }

    private JsonNode replay(String kind, String id, Instant at, String source) {
        Api.Response response = api.get("/api/v1/replay/" + kind + "/" + id + "?asOf=" + at + "&source=" + source,
                TestTokens.auditor());
        assertThat(response.status()).as(kind + " " + id + " at " + at + ": " + response.body()).isEqualTo(200);
        return response.json();
    }
}
