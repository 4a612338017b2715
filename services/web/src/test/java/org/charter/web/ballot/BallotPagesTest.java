package org.charter.web.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.charter.web.FakeGateway;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/** A delegate's ballot: ranking with the keyboard's buttons, casting once, the receipt shown once; refusals in words. */
class BallotPagesTest extends WebTestBed {

    static final String CONTEST = "EC-FY2028.AT_LARGE_K12";
    static final String OPEN = """
            {"id":"EC-FY2028.AT_LARGE_K12","position":"AT_LARGE_K12","seats":2,"method":"stv","status":"OPEN",
             "closesAt":"2027-05-10T16:00:00Z","electorate":5,
             "candidates":[{"id":"n1","name":"Wren Ames","member":"WA","withdrawn":false},
                           {"id":"n2","name":"Cal Ortiz","member":"CA","withdrawn":false},
                           {"id":"n3","name":"Ora Lind","member":"OR","withdrawn":false},
                           {"id":"n4","name":"Gone Away","member":"ID","withdrawn":true}],
             "elected":[],"merkleRoot":null}""";
    static final String RECEIPT = "255587d6216cc873d0a47798b66f8df1e5db5d06cc932ca477cca4995653f368";

    private static FakeGateway openContest(String voted) {
        return GATEWAY.get("/api/v1/contests/" + CONTEST, OPEN)
                .get("/api/v1/contests/" + CONTEST + "/turnout", "{\"voted\":[" + voted + "],\"notYet\":[]}");
    }

    @Test
    void the_ballot_lists_the_candidates_that_can_be_ranked_with_named_up_and_down_buttons() throws Exception {
        openContest("");

        mvc.perform(get("/ballots/" + CONTEST).with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ballot: At-large K-12 seat")))
                .andExpect(content().string(containsString("2 seats, single transferable vote")))
                .andExpect(content().string(containsString("aria-label=\"Move Cal Ortiz up\"")))
                .andExpect(content().string(containsString("aria-label=\"Move Cal Ortiz down\"")))
                .andExpect(content().string(containsString("<label for=\"ranked-n1\">")))
                .andExpect(content().string(not(containsString("Gone Away"))))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("secret-token"))));
    }

    @Test
    void a_move_reorders_the_ballot_keeps_focus_on_the_button_and_casts_nothing() throws Exception {
        openContest("");

        String page = mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .param("order", "n1", "n2", "n3").param("ranked", "n1", "n2", "n3").param("move", "up:n3")
                        .param("key", "6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ora Lind is now in place 2.")))
                .andReturn().getResponse().getContentAsString();

        assertThat(page.indexOf("Ora Lind")).isLessThan(page.indexOf("Cal Ortiz"));
        assertThat(Pattern.compile("value=\"up:n3\"[^>]*autofocus").matcher(page).find()).isTrue();
        assertThat(page).contains("value=\"6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11\"");
        assertThat(GATEWAY.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void casting_sends_the_ticked_candidates_in_order_once_and_shows_the_receipt_once() throws Exception {
        openContest("").answer("POST", "/api/v1/contests/" + CONTEST + "/ballots", 201,
                "{\"receipt\":\"" + RECEIPT + "\",\"nonce\":\"" + "ab".repeat(32) + "\"}");

        mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .param("order", "n3", "n1", "n2").param("ranked", "n3", "n1")
                        .param("key", "6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString(RECEIPT)))
                .andExpect(content().string(containsString("ab".repeat(32))))
                .andExpect(content().string(containsString("n3,n1")))
                .andExpect(content().string(containsString("This page is shown once")))
                .andExpect(content().string(containsString("charter-verify.jar receipt --nonce NONCE")));

        FakeGateway.Request cast = GATEWAY.requests().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(cast.body()).isEqualTo("{\"ranking\":[\"n3\",\"n1\"]}");
        assertThat(cast.idempotencyKey()).isEqualTo("6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11");
        assertThat(cast.authorization()).isEqualTo("Bearer secret-token-wa-delegate2");
    }

    @Test
    void a_refused_ballot_is_explained_in_the_readers_language_with_the_apis_status() throws Exception {
        openContest("").answer("POST", "/api/v1/contests/" + CONTEST + "/ballots", 409,
                "{\"status\":409,\"code\":\"ALREADY_VOTED\",\"detail\":\"member WA has already voted\"}");

        mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .param("order", "n1", "n2", "n3").param("ranked", "n1").cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Su miembro ya ha votado en esta votación.")))
                .andExpect(content().string(containsString("data-code=\"ALREADY_VOTED\"")));
    }

    @Test
    void a_member_that_has_voted_is_told_so_and_offered_no_ballot() throws Exception {
        openContest("\"WA\"");

        mvc.perform(get("/ballots/" + CONTEST).with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your member WA has cast its ballot in this contest")))
                .andExpect(content().string(not(containsString("Cast the ballot"))));
    }

    @Test
    void a_ballot_form_without_its_csrf_token_is_refused_and_nothing_is_cast() throws Exception {
        mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).param("order", "n1").param("ranked", "n1"))
                .andExpect(status().isForbidden());
        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void a_counted_contest_shows_its_count_stage_by_stage_and_finds_a_receipt() throws Exception {
        GATEWAY.get("/api/v1/contests/" + CONTEST, OPEN.replace("\"OPEN\"", "\"COUNTED\"")
                        .replace("\"merkleRoot\":null", "\"merkleRoot\":\"7a76\""))
                .get("/api/v1/contests/" + CONTEST + "/published", """
                        {"turnout":5,"electorate":5,"merkle":{"root":"7a76c585"},
                         "result":{"method":"stv","seats":2,"quota":"2","elected":["Wren Ames","Cal Ortiz"],
                          "candidates":["Wren Ames","Cal Ortiz","Ora Lind"],
                          "stages":[{"number":1,"kind":"FIRST_PREFERENCES","tallies":{"Wren Ames":"4","Cal Ortiz":"1","Ora Lind":"0"},
                                     "elected":["Wren Ames"],"excluded":[],"exhausted":"0"},
                                    {"number":2,"kind":"SURPLUS","tallies":{"Cal Ortiz":"2.50000","Ora Lind":"0.50000"},
                                     "elected":["Cal Ortiz"],"excluded":[],"exhausted":"0"}]}}""")
                .get("/api/v1/contests/" + CONTEST + "/receipts/" + RECEIPT, "{\"leafIndex\":2,\"treeSize\":5}");

        mvc.perform(get("/contests/" + CONTEST).param("receipt", RECEIPT).with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stage 2: surplus transferred")))
                .andExpect(content().string(containsString("<span>2.50</span>")))
                .andExpect(content().string(containsString("width:100%")))
                .andExpect(content().string(containsString("Wren Ames, Cal Ortiz")))
                .andExpect(content().string(containsString("Included: this receipt is ballot 3 of the 5 published")));
    }
}
