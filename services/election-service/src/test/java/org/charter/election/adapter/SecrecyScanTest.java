package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secrecy scan catches a voter next to a choice wherever the JSON puts them, and lets the register and the count be. */
class SecrecyScanTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecrecyScan scan = new SecrecyScan(List.of("V1", "v1-del"), List.of("r".repeat(64), "nonce-1"));

    @Test
    void a_member_or_its_delegate_with_a_ranking_a_receipt_or_a_nonce_fails_however_deep_or_however_named() {
        for (String leak : List.of("{\"member\":\"V1\",\"ranking\":[\"n1\"]}",
                "{\"ballots\":[{\"preferences\":[\"n2\",\"n1\"],\"meta\":{\"castBy\":\"voter:V1\"}}]}",
                "{\"turnout\":{\"V1\":\"" + "r".repeat(64) + "\"}}",
                "{\"answers\":[{\"who\":\"v1-del\",\"n\":\"nonce-1\"}]}")) {
            assertThatThrownBy(() -> scan.answer("leak", json(leak))).as(leak).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("links voters");
        }
    }

    @Test
    void the_register_without_choices_and_the_count_without_voters_pass() {
        scan.answer("turnout", json("{\"voted\":[\"V1\"],\"notYet\":[\"V2\"]}"));
        scan.answer("published", json("{\"ballots\":[{\"ranking\":[\"n1\"],\"receipt\":\"" + "r".repeat(64) + "\"}],"
                + "\"candidates\":[{\"id\":\"n1\",\"member\":\"V8\"}]}"));
        scan.answer("an election id that ends like a member", json("{\"election\":\"EC-FY2030-V1\",\"ranking\":[\"n1\"]}"));

        assertThat(scan.withVoters()).containsExactly("turnout");
        assertThat(scan.withBallots()).containsExactly("published", "an election id that ends like a member");
    }

    @Test
    void a_stored_document_or_a_log_line_naming_a_voter_with_a_choice_fails_and_one_without_passes() {
        assertThatThrownBy(() -> scan.document("ballot_box", org.bson.Document.parse(
                "{\"_id\":\"x\",\"castBy\":\"v1-del\",\"ranking\":[\"n1\"]}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("links voters");
        assertThatThrownBy(() -> scan.logLine("log", "INFO ballot of V1 cast with receipt " + "r".repeat(64)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("links voters");
        assertThatThrownBy(() -> scan.logLine("log", "DEBUG v1-del sent ranking=[n2, n1]"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("links voters");

        SecrecyScan clean = new SecrecyScan(List.of("V1", "v1-del"), List.of("r".repeat(64), "nonce-1"));
        clean.document("turnout", org.bson.Document.parse("{\"_id\":\"c\",\"voted\":[\"V1\"]}"));
        clean.document("ballot_box", org.bson.Document.parse("{\"_id\":\"s\",\"ranking\":[\"n1\"],\"receipt\":\""
                + "r".repeat(64) + "\"}"));
        clean.logLine("register", "INFO member V1 registered in EC-FY2030.CHAIR");
        assertThat(clean.withVoters()).containsExactly("turnout c", "register");
        assertThat(clean.withBallots()).containsExactly("ballot_box s");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
