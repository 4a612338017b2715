package org.charter.committee.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.charter.committee.CommitteeServiceTest;
import org.charter.committee.demo.GoverningBoardDemo;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.test.Api;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The devstack's Governing Board demo, loaded on the real infrastructure through the use cases
 * and read back through the API; a second load (a restart) adds nothing. It loads on the Board
 * B1..B9 the other ITs share (fed here when absent), the way the devstack loads it on the demo
 * consortium that membership publishes.
 */
@CommitteeServiceTest
class GoverningBoardDemoIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    GoverningBoardDemo demo;

    @Test
    void the_board_gets_a_past_meeting_an_adopted_policy_with_its_rounds_and_an_open_poll_once() {
        feedTheBoard();
        Api api = new Api(port);
        String auditor = TestTokens.auditor();

        Map<String, String> produced = demo.load(demo.board()).orElseThrow();

        JsonNode meeting = ok(api.get("/api/v1/committees/GOVERNING_BOARD/meetings/" + produced.get("meeting"), auditor));
        assertThat(meeting.path("status").asText()).isEqualTo("ADJOURNED");
        assertThat(Instant.parse(meeting.path("startsAt").asText())).isBefore(Instant.now().minus(Duration.ofDays(13)));
        assertThat(meeting.path("session").path("present").asInt()).isGreaterThanOrEqualTo(meeting.path("session").path("quorum")
                .asInt());
        assertThat(meeting.path("agenda")).hasSize(2);
        assertThat(meeting.path("minutes")).hasSize(1);

        JsonNode adopted = ok(api.get("/api/v1/motions/" + produced.get("adoptedPolicy"), auditor));
        assertThat(adopted.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.toString()).contains("\"textVersion\":2");
        JsonNode round1 = ok(api.get("/api/v1/polls/" + produced.get("round1"), auditor));
        JsonNode round2 = ok(api.get("/api/v1/polls/" + produced.get("round2"), auditor));
        assertThat(round1.path("result").path("outcome").asText()).isEqualTo("BLOCKED");
        assertThat(round2.path("result").path("outcome").asText()).isEqualTo("CONSENSUS");
        assertThat(ok(api.get("/api/v1/polls/" + produced.get("round1") + "/roll-call", auditor)).toString())
                .contains("BLOCK", "SUPPORT_WITH_RESERVATIONS");

        JsonNode open = ok(api.get("/api/v1/polls/" + produced.get("openPoll"), auditor));
        assertThat(open.path("status").asText()).isEqualTo("OPEN");
        assertThat(open.path("cast").asInt()).isEqualTo(3);
        assertThat(ok(api.get("/api/v1/motions/" + produced.get("adoptedPolicy") + "/history", auditor)).findValuesAsText("subject"))
                .contains("demo-loader");

        long motions = ok(api.get("/api/v1/motions?size=1", auditor)).path("totalElements").asLong();
        assertThat(demo.load(demo.board())).isEmpty();
        assertThat(ok(api.get("/api/v1/motions?size=1", auditor)).path("totalElements").asLong()).isEqualTo(motions);
        Document marker = database.getCollection("demo_loads").find(Filters.eq("_id", GoverningBoardDemo.NAME)).first();
        assertThat(marker).isNotNull();
        assertThat(marker.getString("finishedAt")).isNotNull();
    }

    private void feedTheBoard() {
        synchronized (CommitteeApiIT.class) {
            Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
            try (MembershipFeed feed = new MembershipFeed(database)) {
                List<String> fed = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    String member = "B" + i;
                    if (database.getCollection("membership_roll").find(Filters.eq("_id", member)).first() == null) {
                        feed.governing(member, since, "b" + i + "-del", "b" + i + "-alt");
                        fed.add(member);
                    }
                }
                feed.awaitRoll(fed.toArray(String[]::new));
            }
        }
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
