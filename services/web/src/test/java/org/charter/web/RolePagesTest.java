package org.charter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

/** The secretary's, the auditor's and the public pages, against the answers the services give through the gateway. */
class RolePagesTest extends WebTestBed {

    @Test
    void a_secretary_sees_the_members_and_their_standing_and_the_pages_in_the_menu() throws Exception {
        GATEWAY.get("/api/v1/members?size=200", """
                {"content":[{"id":"CA","name":"California","kind":"STATE","tier":"GOVERNING","status":"ACTIVE","votingRights":true},
                            {"id":"GU","name":"Guam","kind":"TERRITORY","tier":"GOVERNING","status":"SUSPENDED","votingRights":false}]}""");

        mvc.perform(get("/members").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>Guam</td>")))
                .andExpect(content().string(containsString("Voting rights")))
                .andExpect(content().string(containsString("href=\"/processes\"")))
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
    }

    @Test
    void a_motion_shows_its_text_polls_and_versions_and_offers_the_comparison_and_its_approval() throws Exception {
        GATEWAY.get("/api/v1/motions/m-1", """
                        {"id":"m-1","title":"Item statistics","text":"1. Published.","textVersion":2,"kind":"POLICY_ADOPTION",
                         "status":"OPEN","nextStep":"CONSENSUS_ROUND","threshold":"TWO_THIRDS_CAST",
                         "polls":[{"id":"m-1-1","type":"CONSENSUS_ROUND","round":1,"status":"CLOSED","outcome":"BLOCKED"}]}""")
                .get("/api/v1/motions/m-1/versions", """
                        [{"number":1,"text":"a","by":"sam.secretary","note":null},{"number":2,"text":"b","by":"sam.secretary","note":"answers WA"}]""")
                .get("/api/v1/motions?size=100", "{\"content\":[{\"id\":\"m-1\",\"title\":\"Item statistics\",\"kind\":\"POLICY_ADOPTION\",\"status\":\"OPEN\",\"textVersion\":2}]}");

        mvc.perform(get("/motions").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/motions/m-1\"")))
                .andExpect(content().string(containsString("policy adoption")));
        mvc.perform(get("/motions/m-1").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Consensus round 1")))
                .andExpect(content().string(containsString("Outcome: blocked")))
                .andExpect(content().string(containsString("Version 2, by sam.secretary. answers WA")))
                .andExpect(content().string(containsString("action=\"/motions/m-1/diff\"")))
                .andExpect(content().string(containsString("href=\"/processes?motion=m-1\"")));
    }

    @Test
    void the_contests_list_and_a_delegates_home_show_the_open_ballots() throws Exception {
        String open = "{\"content\":[{\"id\":\"EC-FY2031.CHAIR_ELECT\",\"position\":\"CHAIR_ELECT\",\"status\":\"OPEN\","
                + "\"closesAt\":\"2031-05-10T16:00:00Z\",\"candidates\":[]}]}";
        GATEWAY.get("/api/v1/contests?status=OPEN", open)
                .get("/api/v1/contests?status=COUNTED", "{\"content\":[]}")
                .get("/api/v1/motions?status=POLLING&size=50", "{\"content\":[]}")
                .get("/api/v1/members/WA", "{\"id\":\"WA\",\"name\":\"Washington\"}")
                .get("/api/v1/members/WA/voting-rights", "{\"delegate\":\"wa-delegate2\",\"alternates\":[]}")
                .get("/api/v1/contests/EC-FY2031.CHAIR_ELECT/turnout", "{\"voted\":[],\"notYet\":[\"WA\"]}");

        mvc.perform(get("/contests").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/contests/EC-FY2031.CHAIR_ELECT\"")));
        mvc.perform(get("/").with(authentication(delegateOfWa())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/ballots/EC-FY2031.CHAIR_ELECT\"")))
                .andExpect(content().string(containsString("Ballot: Chair-Elect")));
    }

    @Test
    void two_versions_of_a_motion_are_shown_side_by_side_with_the_changes_marked() throws Exception {
        GATEWAY.get("/api/v1/motions/m-1", "{\"id\":\"m-1\",\"title\":\"Item statistics\",\"kind\":\"POLICY_ADOPTION\",\"polls\":[]}")
                .get("/api/v1/motions/m-1/versions/1", "{\"number\":1,\"text\":\"1. Published.\\n2. Online.\"}")
                .get("/api/v1/motions/m-1/versions/2", "{\"number\":2,\"text\":\"1. Published.\\n2. Online.\\n3. After retirement.\"}")
                .get("/api/v1/motions/m-1/versions/1/diff/2", """
                        {"from":1,"to":2,"changes":[{"type":"INSERT","fromLine":3,"toLine":3,"removed":[],"added":["3. After retirement."]}]}""");

        mvc.perform(get("/motions/m-1/diff").param("from", "1").param("to", "2").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Version 1 and version 2 side by side")))
                .andExpect(content().string(containsString("<td class=\"added\">3. After retirement.</td>")))
                .andExpect(content().string(containsString("<td>changed</td>")));
    }

    @Test
    void a_secretary_starts_a_policy_approval_and_a_refusal_is_said_in_words() throws Exception {
        GATEWAY.answer("POST", "/api/v1/processes/policy-approval", 201, "{\"processInstanceId\":\"pi-7\"}");

        mvc.perform(post("/processes").param("process", "policy-approval").param("subject", " m-1 ")
                        .with(authentication(secretary())).with(csrf()))
                .andExpect(redirectedUrl("/processes"));
        FakeGateway.Request start = GATEWAY.requests().get(0);
        assertThat(start.body()).isEqualTo("{\"motion\":\"m-1\"}");
        assertThat(start.idempotencyKey()).isNotBlank();

        GATEWAY.reset();
        GATEWAY.answer("POST", "/api/v1/processes/policy-approval", 409,
                        "{\"status\":409,\"code\":\"PROCESS_ALREADY_RUNNING\",\"detail\":\"pi-7 runs for m-1\"}")
                .get("/api/v1/processes/ec-election/periods", ELECTION_PERIODS)
                .get("/api/v1/processes?state=ACTIVE&size=50", "[{\"processInstanceId\":\"pi-7\"}]")
                .get("/api/v1/processes/pi-7", """
                        {"processInstanceId":"pi-7","process":"policy-approval","key":"m-1","waitingAt":["ReviseMotion"],
                         "tasks":[{"id":"t-1","name":"Revise the motion"}]}""");
        mvc.perform(post("/processes").param("process", "policy-approval").param("subject", "m-1")
                        .with(authentication(secretary())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("That process is already running: pi-7 runs for m-1")))
                .andExpect(content().string(containsString("Revise the motion")))
                .andExpect(content().string(containsString("/camunda/app/tasklist/")));
    }

    @Test
    void a_task_notice_link_marks_its_task_among_the_running_processes() throws Exception {
        GATEWAY.get("/api/v1/processes?state=ACTIVE&size=50", "[{\"processInstanceId\":\"pi-7\"}]")
                .get("/api/v1/processes/pi-7", """
                        {"processInstanceId":"pi-7","process":"policy-approval","key":"m-1","waitingAt":["ReviseMotion"],
                         "tasks":[{"id":"t-1","name":"Revise the motion"},{"id":"t-2","name":"Record the review"}]}""");
        mvc.perform(get("/processes").param("task", "t-2").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-current=\"true\" class=\"marked\"><span>Record the review</span>")))
                .andExpect(content().string(containsString("id=\"task-t-1\"><span>Revise the motion</span>")))
                .andExpect(content().string(containsString("(the task you were told of)")));
    }

    @Test
    void a_closed_poll_shows_its_result_with_the_rule_the_counts_and_the_quorum() throws Exception {
        GATEWAY.get("/api/v1/polls/m-1-1", """
                        {"id":"m-1-1","motion":"m-1","type":"CONSENSUS_ROUND","round":1,"status":"CLOSED","electorate":14,"cast":10,
                         "result":{"outcome":"BLOCKED","rule":"B ≥ 1","explanation":"BLOCKED: B ≥ 1: 1 block (WA)",
                                   "counts":{"electorate":14,"quorum":8,"withPosition":10,"blocking":1}}}""")
                .get("/api/v1/motions/m-1", "{\"title\":\"Item statistics\"}")
                .get("/api/v1/polls/m-1-1/turnout", "{\"voted\":[\"CA\",\"WA\"],\"notYet\":[\"OR\"]}");

        mvc.perform(get("/polls/m-1-1").with(authentication(secretary())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Regla: B ≥ 1")))
                .andExpect(content().string(containsString("Quórum (Q)")))
                .andExpect(content().string(containsString("<td>8</td>")))
                .andExpect(content().string(containsString("Resultado: bloqueada")))
                .andExpect(content().string(containsString("Han respondido: CA, WA")));
    }

    @Test
    void an_auditor_sees_the_first_broken_entry_of_the_ledger() throws Exception {
        GATEWAY.get("/api/v1/ledger/verification", """
                {"ok":false,"entries":120,"firstBroken":{"position":42,"eventId":null,"problem":"MISSING","detail":"gap after 41"}}""");

        mvc.perform(get("/audit").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The ledger is broken: of 120 entries")))
                .andExpect(content().string(containsString("<dd>42</dd>")))
                .andExpect(content().string(containsString("<dd>missing</dd>")))
                .andExpect(content().string(containsString("href=\"/audit\"")));
    }

    @Test
    void an_auditor_sees_the_retally_discrepancies() throws Exception {
        GATEWAY.get("/api/v1/retally", """
                {"ok":false,"source":"ledger","counted":3,"matched":2,"unreadable":[],
                 "discrepancies":[{"kind":"poll","id":"m-1-1","recorded":"ADOPTED","recounted":"REJECTED","rule":"MAJORITY_CAST",
                                   "detail":"yes 2 of 5","reported":true}]}""");

        mvc.perform(get("/audit/retally").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 of 3 polls match")))
                .andExpect(content().string(containsString("<td>rejected</td>")));
    }

    @Test
    void an_auditor_replays_a_member_as_of_a_date_read_in_the_apps_time_zone() throws Exception {
        GATEWAY.get("/api/v1/replay/member/CA?asOf=2026-03-01T00:00:00Z", "{\"id\":\"CA\",\"status\":\"ACTIVE\"}")
                .answer("GET", "/api/v1/replay/member/ZZ?asOf=2026-03-01T00:00:00Z", 404,
                        "{\"status\":404,\"code\":\"NOTHING_RECORDED\",\"detail\":\"nothing of member ZZ by then\"}");

        mvc.perform(get("/audit/replay").param("kind", "member").param("id", "CA").param("asOf", "2026-03-01T00:00")
                        .with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&quot;status&quot; : &quot;ACTIVE&quot;")));
        mvc.perform(get("/audit/replay").param("kind", "member").param("id", "ZZ").param("asOf", "2026-03-01T00:00")
                        .with(authentication(auditor())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Nothing of it had been recorded by then.")));
    }

    @Test
    void the_replay_form_is_an_auditors_and_offers_every_kind_the_audit_service_replays() throws Exception {
        mvc.perform(get("/audit/replay").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"meeting\"")))
                .andExpect(content().string(containsString("value=\"seats\"")))
                .andExpect(content().string(containsString("value=\"collaborative\"")));
        mvc.perform(get("/audit/replay").with(authentication(secretary())))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_api_that_refuses_a_role_is_explained_not_hidden() throws Exception {
        GATEWAY.answer("GET", "/api/v1/ledger/verification", 403, "{\"status\":403,\"code\":\"FORBIDDEN\",\"detail\":\"auditors only\"}");

        mvc.perform(get("/audit").with(authentication(delegateOfWa())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You may not do this.")));
    }

    @Test
    void the_public_page_needs_no_sign_in_and_calls_the_apis_without_a_token() throws Exception {
        GATEWAY.get("/api/v1/executive-committee", """
                        {"asOf":"2028-07-02T00:00:00Z","seats":[
                          {"position":"CHAIR","seat":1,"holder":{"name":"Ana Ruiz","memberId":"CA","termStart":"2028-07-01","termEnd":"2029-06-30"}},
                          {"position":"AT_LARGE_K12","seat":2,"holder":null,"vacancy":{"since":"2028-07-01T00:00:00Z"}}]}""")
                .get("/api/v1/policies", "[{\"motion\":\"m-1\",\"title\":\"Item statistics\",\"text\":\"1. Published.\",\"textVersion\":2}]");

        mvc.perform(get("/public").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana Ruiz (CA)")))
                .andExpect(content().string(containsString("Presidencia")))
                .andExpect(content().string(containsString("Vacante")))
                .andExpect(content().string(containsString("Item statistics")))
                .andExpect(content().string(containsString("Aprobada como versión 2 del texto.")));
        assertThat(GATEWAY.requests()).allMatch(request -> request.authorization() == null);
    }
}
