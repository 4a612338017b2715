package org.charter.audit.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.charter.platform.test.Api;
import org.charter.audit.AuditServiceTest;
import org.charter.audit.replay.Governance;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared history's counted rounds re-tallied through the API from the ledger and from the
 * topics: the forged round is flagged, recorded once as AuditDiscrepancy.v3 on charter.audit.events
 * by the service's own re-tally ({@link History} waits for it in the ledger), and its recorded
 * result is left as it was.
 */
@AuditServiceTest
class RetallyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBJECT = "discrepancy:POLL:" + Governance.TAMPERED_POLL;

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
    void the_forged_round_is_flagged_from_the_ledger_and_from_the_topics_and_the_honest_ones_match() {
        for (String source : List.of("ledger", "topics")) {
            Api.Response response = api.get("/api/v1/retally?source=" + source, TestTokens.auditor());
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode report = response.json();

            assertThat(report.get("ok").asBoolean()).isFalse();
            assertThat(report.get("source").asText()).isEqualTo(source);
            assertThat(report.get("counted").asLong()).isEqualTo(3);
            assertThat(report.get("matched").asLong()).isEqualTo(2);
            JsonNode found = report.get("discrepancies");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).get("id").asText()).isEqualTo(Governance.TAMPERED_POLL);
            assertThat(found.get(0).get("recorded").asText()).isEqualTo("CONSENSUS");
            assertThat(found.get(0).get("recounted").asText()).isEqualTo("BLOCKED");
            assertThat(found.get(0).get("reported").asBoolean()).as("recorded by the service's own re-tally").isTrue();
        }
    }

    @Test
    void the_discrepancy_is_one_audit_event_on_its_topic_valid_against_its_schema_and_no_result_changed() throws Exception {
        Api.Response export = api.get("/api/v1/ledger/export?subject=" + SUBJECT, TestTokens.auditor());
        String[] lines = export.body().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode entry = JSON.readTree(lines[0]);
        assertThat(entry.get("topic").asText()).isEqualTo("charter.audit.events");
        assertThat(entry.get("type").asText()).isEqualTo("charter.audit.AuditDiscrepancy.v3");
        JsonNode data = JSON.readTree(entry.get("event").asText()).get("data");
        EventSchemas.inRepository().validate("charter.audit.AuditDiscrepancy.v3", data);
        assertThat(data.get("recorded").asText()).isEqualTo("CONSENSUS");
        assertThat(data.get("reason").asText()).isEqualTo("RECOUNT_DIFFERS");
        assertThat(data.get("detail").asText()).contains("recounted BLOCKED");

        JsonNode poll = api.get("/api/v1/replay/poll/" + Governance.TAMPERED_POLL, TestTokens.auditor()).json();
        assertThat(poll.at("/state/result/outcome").asText()).as(poll.toString()).isEqualTo("CONSENSUS");
    }

    @Test
    void only_auditors_read_the_retally_and_a_bad_source_says_what_to_use() {
        assertThat(api.get("/api/v1/retally", null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/retally", TestTokens.secretary()).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/retally", TestTokens.auditor(), null).status()).as("auditors change nothing").isEqualTo(403);
        Api.Response refused = api.get("/api/v1/retally?source=rumour", TestTokens.auditor());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("RETALLY_SOURCE_INVALID");
    }
}
