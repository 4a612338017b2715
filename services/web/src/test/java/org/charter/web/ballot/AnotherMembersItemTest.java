package org.charter.web.ballot;

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
import org.charter.web.FakeGateway;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/**
 * A delegate cannot act for another member: when the API says so (403 {@code NOT_MEMBER_DELEGATE}),
 * or the delegate asks for another member's item, the page is the 403 refusal page with the reason
 * in the reader's language, no form to try again, and the refused call is the only one that changes
 * anything (the fake gateway records every call).
 */
class AnotherMembersItemTest extends WebTestBed {

    static final String CONTEST = BallotPagesTest.CONTEST;
    static final String NOT_MEMBER_DELEGATE = """
            {"status":403,"code":"NOT_MEMBER_DELEGATE","detail":"wa-delegate2 is not a delegate of CA"}""";
    static final String POLL = """
            {"id":"m-2-1","motion":"m-2","type":"FORMAL_VOTE","round":1,"status":"OPEN","electorate":14,"cast":3,
             "opensAt":"2027-05-01T16:00:00Z","closesAt":"2027-05-10T16:00:00Z"}""";

    private static FakeGateway openContestThatRefusesTheBallot() {
        return GATEWAY.get("/api/v1/contests/" + CONTEST, BallotPagesTest.OPEN)
                .get("/api/v1/contests/" + CONTEST + "/turnout", "{\"voted\":[],\"notYet\":[]}")
                .answer("POST", "/api/v1/contests/" + CONTEST + "/ballots", 403, NOT_MEMBER_DELEGATE);
    }

    @Test
    void a_ballot_cast_for_another_member_gets_the_403_page_in_english_and_nothing_more_is_sent() throws Exception {
        openContestThatRefusesTheBallot();

        mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .param("order", "n1", "n2").param("ranked", "n1", "n2").param("key", "6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This page cannot be shown")))
                .andExpect(content().string(containsString(
                        "You are not the delegate or an alternate of this member now, so you cannot answer for it.")))
                .andExpect(content().string(not(containsString("Cast the ballot"))))
                .andExpect(content().string(not(containsString("name=\"order\""))));

        assertThat(GATEWAY.requests()).filteredOn(r -> !r.method().equals("GET")).hasSize(1)
                .allMatch(r -> r.target().equals("/api/v1/contests/" + CONTEST + "/ballots"));
    }

    @Test
    void a_ballot_cast_for_another_member_gets_the_403_page_in_spanish() throws Exception {
        openContestThatRefusesTheBallot();

        mvc.perform(post("/ballots/" + CONTEST).with(authentication(delegateOfWa())).with(csrf())
                        .cookie(new Cookie("CHARTER_LANG", "es"))
                        .param("order", "n1").param("ranked", "n1").param("key", "6f1c1e3e-8a43-4a8a-9f57-8f7f4a1f0c11"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("No se puede mostrar esta página")))
                .andExpect(content().string(containsString(
                        "Ahora no es el delegado ni un suplente de este miembro, así que no puede responder por él.")));

        assertThat(GATEWAY.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(1);
    }

    @Test
    void a_vote_for_another_member_gets_the_403_page_in_both_languages_and_is_sent_once() throws Exception {
        GATEWAY.get("/api/v1/polls/m-2-1", POLL)
                .get("/api/v1/motions/m-2", "{\"title\":\"Item statistics\"}")
                .get("/api/v1/polls/m-2-1/turnout", "{\"voted\":[],\"notYet\":[\"CA\"]}")
                .answer("POST", "/api/v1/polls/m-2-1/votes", 403, NOT_MEMBER_DELEGATE);

        mvc.perform(post("/polls/m-2-1/votes").with(authentication(delegateOfWa())).with(csrf()).param("choice", "YES"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("This page cannot be shown")))
                .andExpect(content().string(containsString("so you cannot answer for it.")))
                .andExpect(content().string(not(containsString("Cast the vote"))));
        mvc.perform(post("/polls/m-2-1/votes").with(authentication(delegateOfWa())).with(csrf()).param("choice", "YES")
                        .cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("así que no puede responder por él.")));

        // one POST per form sent, none repeated, and no page drawn after the refusal
        assertThat(GATEWAY.requests()).filteredOn(r -> r.method().equals("POST")).hasSize(2);
        assertThat(GATEWAY.requests()).noneMatch(r -> r.target().endsWith("/turnout"));
    }

    @Test
    void another_members_ballot_page_asked_for_by_its_address_is_the_403_page_and_nothing_is_sent() throws Exception {
        GATEWAY.answer("GET", "/api/v1/contests/" + CONTEST, 403, NOT_MEMBER_DELEGATE);

        mvc.perform(get("/ballots/" + CONTEST).with(authentication(delegateOfWa())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("so you cannot answer for it.")))
                .andExpect(content().string(not(containsString("Cast the ballot"))));
        mvc.perform(get("/ballots/" + CONTEST).with(authentication(delegateOfWa())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("No se puede mostrar esta página")));

        assertThat(GATEWAY.requests()).allMatch(r -> r.method().equals("GET"));
    }
}
