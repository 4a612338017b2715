package org.charter.membership.demo.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.membership.MembershipApplication;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TrustTestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo consortium, loaded at startup into an empty store through the use cases, once. */
@WithCharterInfrastructure
@TrustTestTokens
@SpringBootTest(classes = MembershipApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "spring.data.mongodb.database=membership-demo-it",
                "charter.demo.enabled=true"})
class DemoConsortiumIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    DemoConsortium demo;

    @Test
    void about_25_members_across_every_tier_and_kind_are_there_as_history_recorded_by_the_demo_loader() throws Exception {
        JsonNode all = get("/api/v1/members?size=200");

        assertThat(all.path("totalElements").asInt()).isEqualTo(25);
        assertThat(all.path("content").findValuesAsText("tier")).contains("GOVERNING", "AFFILIATE", "LICENSEE");
        assertThat(all.path("content").findValuesAsText("kind")).contains("STATE", "TERRITORY", "FEDERAL_AGENCY", "ORGANISATION");
        assertThat(all.path("content").findValuesAsText("status")).contains("APPLICANT", "ACTIVE", "SUSPENDED", "WITHDRAWN");
        assertThat(get("/api/v1/members?tier=GOVERNING&status=ACTIVE&size=200").path("totalElements").asInt()).isEqualTo(14);
        JsonNode history = get("/api/v1/members/CA/history");
        assertThat(history.findValuesAsText("subject")).containsOnly("demo-loader");
        assertThat(get("/api/v1/members/CA/voting-rights").path("delegate").asText()).isEqualTo("ca-delegate2");
        assertThat(get("/api/v1/members/USVI/voting-rights").path("canCastVote").asBoolean()).isTrue();
        assertThat(get("/api/v1/members/VT").path("scheduledChanges").get(0).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(get("/api/v1/collaboratives").findValuesAsText("id")).containsExactly("assessment-literacy", "early-childhood");
        assertThat(get("/api/v1/collaboratives/early-childhood").path("enrolments")).hasSize(5);
    }

    @Test
    void loading_again_as_after_a_restart_adds_nothing() throws Exception {
        List<Integer> before = List.of(get("/api/v1/members/CA/history").size(), get("/api/v1/members/GU/history").size(),
                get("/api/v1/members?size=200").path("totalElements").asInt());

        demo.run(new DefaultApplicationArguments());

        assertThat(List.of(get("/api/v1/members/CA/history").size(), get("/api/v1/members/GU/history").size(),
                get("/api/v1/members?size=200").path("totalElements").asInt())).isEqualTo(before);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.auditor()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
