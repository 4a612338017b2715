package org.charter.web.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/**
 * What a delegate's member has already done (its own member only, the choice only once the roll
 * call is public, an election only that it voted), the home page marking what the member answered,
 * the public roll calls and certified results read without sign-in and without a token, and the
 * 403 page for another member's record or a position form the API refuses.
 */
public class MemberRecordAndPublicPagesTest extends WebTestBed {

    public static final String RECORD = """
            {"member":"WA","content":[
             {"poll":"m-2-1","motion":"m-2","motionTitle":"Item statistics","type":"FORMAL_VOTE","round":1,"status":"OPEN",
              "closesAt":"2027-05-10T16:00:00Z","answered":true,"answeredAt":"2027-05-02T10:00:00Z","answeredBy":"wa-delegate2"},
             {"poll":"m-1-1","motion":"m-1","motionTitle":"Open data","type":"CONSENSUS_ROUND","round":1,"status":"CLOSED",
              "closesAt":"2027-04-10T16:00:00Z","closedAt":"2027-04-10T16:00:00Z","answered":true,
              "answeredAt":"2027-04-03T09:00:00Z","answeredBy":"wa-alt1","answer":"SUPPORT_WITH_RESERVATIONS",
              "reason":"publish a summary too","outcome":"CONSENSUS"},
             {"poll":"m-0-1","motion":"m-0","motionTitle":"Fees","type":"FORMAL_VOTE","round":1,"status":"CLOSED",
              "closesAt":"2027-03-10T16:00:00Z","closedAt":"2027-03-10T16:00:00Z","answered":false,"outcome":"NO_QUORUM"}]}""";
    public static final String CONTESTS = """
            {"content":[
             {"id":"EC-FY2031.CHAIR_ELECT","position":"CHAIR_ELECT","status":"COUNTED","electorate":7,"closesAt":"2031-05-10T16:00:00Z"},
             {"id":"EC-FY2031.AT_LARGE_K12","position":"AT_LARGE_K12","status":"OPEN","electorate":7,"closesAt":"2031-05-12T16:00:00Z"},
             {"id":"EC-FY2031.CHAIR","position":"CHAIR","status":"NOMINATING","candidates":[]}]}""";

    private void wa() {
        GATEWAY.get("/api/v1/members/WA", "{\"id\":\"WA\",\"name\":\"Washington\"}")
                .get("/api/v1/members/WA/voting-rights", "{\"delegate\":\"wa-delegate2\",\"alternates\":[\"wa-alt1\"]}");
    }

    private void record() {
        wa();
        GATEWAY.get("/api/v1/polls?member=WA", RECORD)
                .get("/api/v1/contests", CONTESTS)
                .get("/api/v1/contests/EC-FY2031.CHAIR_ELECT/turnout", "{\"voted\":[\"CA\",\"WA\"],\"notYet\":[\"OR\"]}")
                .get("/api/v1/contests/EC-FY2031.AT_LARGE_K12/turnout", "{\"voted\":[\"CA\"],\"notYet\":[\"OR\",\"WA\"]}");
    }

    @Test
    void a_delegate_sees_what_its_member_has_done_the_choice_only_once_public_and_an_election_only_as_voted() throws Exception {
        record();

        String page = mvc.perform(get("/my-member").with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 id=\"record-heading\">What my member has already done</h1>")))
                .andExpect(content().string(containsString("Washington (WA)")))
                // open: that it voted, not how
                .andExpect(content().string(containsString("Voted (how is shown once the poll is counted)")))
                // counted: the public answer with its reason, the outcome linked to the public roll call
                .andExpect(content().string(containsString("Support with reservations (reason: publish a summary too)")))
                .andExpect(content().string(containsString("href=\"/public/roll-calls/m-1-1\"")))
                .andExpect(content().string(containsString("Did not answer")))
                .andExpect(content().string(containsString("no quorum")))
                .andExpect(content().string(containsString("wa-alt1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-contest=\"EC-FY2031.CHAIR_ELECT\"").doesNotContain("data-contest=\"EC-FY2031.CHAIR\"");
        assertThat(page.substring(page.indexOf("data-contest=\"EC-FY2031.CHAIR_ELECT\""))).contains("<td>Voted</td>");
        assertThat(page.substring(page.indexOf("data-contest=\"EC-FY2031.AT_LARGE_K12\""))).contains("<td>Not yet</td>");
        // the record asked is the signed-in person's member's, with its token; never a ballot
        assertThat(GATEWAY.requests()).anyMatch(r -> r.target().equals("/api/v1/polls?member=WA")
                && "Bearer secret-token-wa-delegate2".equals(r.authorization()));
        assertThat(GATEWAY.requests()).allMatch(r -> r.method().equals("GET")).noneMatch(r -> r.target().contains("/published"));

        mvc.perform(get("/my-member").with(authentication(delegateOfWa())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lo que mi miembro ya ha hecho")))
                .andExpect(content().string(containsString("Votó (cómo se verá cuando se escrute)")))
                .andExpect(content().string(containsString("Apoyo con reservas (motivo: publish a summary too)")));
    }

    @Test
    void the_home_page_marks_what_the_member_has_answered_rather_than_listing_it_as_waiting() throws Exception {
        wa();
        GATEWAY.get("/api/v1/motions?status=POLLING&size=50", """
                        {"content":[{"id":"m-2","title":"Item statistics","pendingPoll":"m-2-1"},
                                    {"id":"m-3","title":"Open data","pendingPoll":"m-3-1"}]}""")
                .get("/api/v1/polls/m-2-1", "{\"id\":\"m-2-1\",\"motion\":\"m-2\",\"type\":\"FORMAL_VOTE\",\"round\":1,"
                        + "\"status\":\"OPEN\",\"closesAt\":\"2027-05-10T16:00:00Z\"}")
                .get("/api/v1/polls/m-3-1", "{\"id\":\"m-3-1\",\"motion\":\"m-3\",\"type\":\"CONSENSUS_ROUND\",\"round\":1,"
                        + "\"status\":\"OPEN\",\"closesAt\":\"2027-05-10T16:00:00Z\"}")
                .get("/api/v1/polls/m-2-1/turnout", "{\"members\":[\"WA\"],\"voted\":[\"WA\"]}")
                .get("/api/v1/polls/m-3-1/turnout", "{\"members\":[\"WA\"],\"voted\":[]}")
                .get("/api/v1/contests?status=OPEN", "{\"content\":[{\"id\":\"EC-FY2031.CHAIR_ELECT\",\"position\":\"CHAIR_ELECT\","
                        + "\"status\":\"OPEN\",\"closesAt\":\"2031-05-10T16:00:00Z\",\"candidates\":[]}]}")
                .get("/api/v1/contests/EC-FY2031.CHAIR_ELECT/turnout", "{\"voted\":[\"WA\"],\"notYet\":[]}");

        String page = mvc.perform(get("/").with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/my-member\"")))
                .andReturn().getResponse().getContentAsString();
        String voted = page.substring(page.indexOf("href=\"/polls/m-2-1\""), page.indexOf("href=\"/polls/m-3-1\""));
        assertThat(voted).contains("Your member has voted").doesNotContain("Waiting for your member");
        String waiting = page.substring(page.indexOf("href=\"/polls/m-3-1\""), page.indexOf("href=\"/ballots/"));
        assertThat(waiting).contains("Waiting for your member").doesNotContain("Your member has");
        assertThat(page.substring(page.indexOf("href=\"/ballots/"))).contains("Your member has voted");

        mvc.perform(get("/").with(authentication(delegateOfWa())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(content().string(containsString("Su miembro ya votó")))
                .andExpect(content().string(containsString("Espera a su miembro")));
    }

    @Test
    void another_members_record_refused_by_the_api_is_the_403_page_in_both_languages() throws Exception {
        wa();
        GATEWAY.answer("GET", "/api/v1/polls?member=WA", 403, """
                {"status":403,"code":"NOT_MEMBER_DELEGATE","detail":"wa-delegate2 reads WA's record only"}""");

        mvc.perform(get("/my-member").with(authentication(delegateOfWa())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This page cannot be shown")))
                .andExpect(content().string(containsString("so you cannot answer for it.")))
                .andExpect(content().string(not(containsString("data-testid=\"member-polls\""))));
        mvc.perform(get("/my-member").with(authentication(delegateOfWa())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("No se puede mostrar esta página")));
        assertThat(GATEWAY.requests()).allMatch(r -> r.method().equals("GET"));
    }

    @Test
    void a_position_for_another_member_gets_the_403_page_its_reason_not_kept_and_nothing_else_sent() throws Exception {
        GATEWAY.get("/api/v1/polls/m-3-1", "{\"id\":\"m-3-1\",\"motion\":\"m-3\",\"type\":\"CONSENSUS_ROUND\",\"round\":1,"
                        + "\"status\":\"OPEN\",\"electorate\":14,\"cast\":3,\"closesAt\":\"2027-05-10T16:00:00Z\"}")
                .get("/api/v1/motions/m-3", "{\"title\":\"Open data\"}")
                .get("/api/v1/polls/m-3-1/turnout", "{\"voted\":[],\"notYet\":[\"CA\"]}")
                .answer("POST", "/api/v1/polls/m-3-1/votes", 403, """
                        {"status":403,"code":"NOT_MEMBER_DELEGATE","detail":"wa-delegate2 is not a delegate of CA"}""");

        for (String language : new String[] {"en", "es"}) {
            mvc.perform(post("/polls/m-3-1/votes").with(authentication(delegateOfWa())).with(csrf())
                            .cookie(new Cookie("CHARTER_LANG", language))
                            .param("choice", "BLOCK").param("reason", "conflicts with the mission"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString(language.equals("en")
                            ? "so you cannot answer for it." : "así que no puede responder por él.")))
                    .andExpect(content().string(not(containsString("conflicts with the mission"))))
                    .andExpect(content().string(not(containsString("name=\"choice\""))));
        }
        // each form sent once, with the reason; nothing else asked to change, no page drawn after the refusal
        assertThat(GATEWAY.requests()).filteredOn(r -> !r.method().equals("GET")).hasSize(2)
                .allMatch(r -> r.target().equals("/api/v1/polls/m-3-1/votes") && r.body().contains("\"BLOCK\""));
        assertThat(GATEWAY.requests()).noneMatch(r -> r.target().endsWith("/turnout"));
    }

    @Test
    void public_roll_calls_and_certified_results_need_no_sign_in_and_send_no_token() throws Exception {
        GATEWAY.get("/api/v1/polls/roll-calls", """
                        {"content":[{"poll":"m-1-1","motion":"m-1","motionTitle":"Open data","type":"FORMAL_VOTE","round":1,
                         "closedAt":"2027-04-10T16:00:00Z","outcome":"ADOPTED"}]}""")
                .get("/api/v1/polls/m-1-1/roll-call", """
                        {"poll":"m-1-1","type":"FORMAL_VOTE","outcome":"NO_QUORUM","absent":["OR"],
                         "answers":[{"member":"CA","choice":"YES","castBy":"ca-delegate2"}]}""")
                .get("/api/v1/contests/certified", """
                        {"content":[{"id":"EC-FY2031.CHAIR_ELECT","position":"CHAIR_ELECT","seats":1,"method":"irv",
                         "closedAt":"2031-05-10T16:00:00Z","certifiedAt":"2031-05-11T16:00:00Z","electorate":7,"ballots":5,
                         "elected":["Wren Ames"],"merkleRoot":"7a76c585"}]}""")
                .get("/api/v1/executive-committee", "{\"asOf\":\"2031-05-12T00:00:00Z\",\"seats\":[]}")
                .get("/api/v1/policies", "[]");

        mvc.perform(get("/public"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/public/roll-calls\"")))
                .andExpect(content().string(containsString("href=\"/public/results\"")));
        mvc.perform(get("/public/roll-calls"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/public/roll-calls/m-1-1\"")))
                .andExpect(content().string(containsString("<td>adopted</td>")));
        mvc.perform(get("/public/roll-calls/m-1-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outcome: no quorum")))
                .andExpect(content().string(containsString("<td>Yes</td>")))
                .andExpect(content().string(not(containsString("href=\"/polls/m-1-1\""))));
        mvc.perform(get("/public/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chair-Elect")))
                .andExpect(content().string(containsString("Wren Ames")))
                .andExpect(content().string(containsString("1 seat, instant-runoff vote")))
                .andExpect(content().string(containsString("5 of 7 members voted")));
        mvc.perform(get("/public/results").cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Resultados electorales certificados")))
                .andExpect(content().string(containsString("Votaron 5 de 7 miembros")));
        assertThat(GATEWAY.requests()).isNotEmpty().allMatch(r -> r.authorization() == null);
    }

    @Test
    void an_open_polls_roll_call_asked_for_in_public_is_refused_with_the_apis_reason() throws Exception {
        GATEWAY.answer("GET", "/api/v1/polls/m-2-1/roll-call", 409, """
                {"status":409,"code":"ROLL_CALL_NOT_PUBLISHED","detail":"poll m-2-1 is OPEN"}""");

        mvc.perform(get("/public/roll-calls/m-2-1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(not(containsString("data-testid=\"roll-call\""))));
    }
}
