package org.charter.web.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.FakeGateway;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/** The committees, a committee and a meeting with its attendance form, against the committee API behind a fake gateway. */
class CommitteePagesTest extends WebTestBed {

    private static final String MEETING = "/api/v1/committees/GOVERNING_BOARD/meetings/mt-1";
    private static final String ATTENDANCE = MEETING + "/attendance";

    private static final String BOARD = """
            {"id":"GOVERNING_BOARD","type":"GOVERNING_BOARD","name":"Governing Board","purpose":null,"asOf":"2026-12-05T13:00:00Z",
             "chair":{"personId":"wa-k12","name":"Wanda Adams","memberId":"WA"},"secretary":null,
             "seats":[{"attendee":"CA","member":"CA","memberName":"California","person":"ca-delegate2","personName":null,
                       "alternates":["ca-alt1"],"position":null,"since":"2015-03-01T08:00:00Z","until":null,"voting":true,"reason":null},
                      {"attendee":"WA","member":"WA","memberName":"Washington","person":null,"personName":null,
                       "alternates":[],"position":null,"since":"2015-03-01T08:00:00Z","until":null,"voting":true,"reason":null}],
             "vacancies":[],"quorum":{"seats":2,"required":2}}""";

    private static String meeting(String status, String attendance, int present, boolean quorate) {
        return """
                {"id":"mt-1","committee":"GOVERNING_BOARD","title":"Winter meeting","format":"HYBRID","startsAt":"2026-12-05T13:03:00Z",
                 "endsAt":null,"place":"Sacramento, Room 4B","link":"https://meet.example.org/gb","noticeGivenAt":"2026-11-21T13:03:00Z",
                 "status":"%s",
                 "agenda":[{"item":1,"kind":"MOTION","title":"Open item statistics","motionId":"m-1","electionId":null,"presenter":null},
                           {"item":2,"kind":"REPORT","title":"Treasurer report","motionId":null,"electionId":null,"presenter":"tess.treasurer"}],
                 "seats":["CA","OR","WA"],"attendance":%s,
                 "session":{"meetingId":"mt-1","committeeId":"GOVERNING_BOARD","status":"%s","inSession":true,"seats":3,"quorum":2,
                            "present":%d,"quorate":%b},
                 "openedAt":"2026-12-05T13:03:12Z","adjournedAt":null,"cancellation":null,
                 "minutes":[],"approval":null}""".formatted(status, attendance, status, present, quorate);
    }

    @Test
    void every_committee_is_shown_with_its_seats_and_chair() throws Exception {
        GATEWAY.get("/api/v1/committees", """
                        [{"id":"GOVERNING_BOARD","type":"GOVERNING_BOARD","name":"Governing Board","purpose":null},
                         {"id":"ITEM_WRITING","type":"WORK_GROUP","name":"Item Writing Work Group","purpose":null}]""")
                .get("/api/v1/committees/GOVERNING_BOARD", BOARD)
                .get("/api/v1/committees/ITEM_WRITING", """
                        {"id":"ITEM_WRITING","type":"WORK_GROUP","name":"Item Writing Work Group","purpose":null,"chair":null,"secretary":null,
                         "seats":[],"vacancies":[],"quorum":{"seats":0,"required":1}}""");

        mvc.perform(get("/committees").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/committees/GOVERNING_BOARD\"")))
                .andExpect(content().string(containsString("Chair: Wanda Adams")))
                .andExpect(content().string(containsString("Seats: CA, WA")))
                .andExpect(content().string(containsString("2 voting seats; quorum 2")))
                .andExpect(content().string(containsString("A work group: participants for Governing and Affiliate members")))
                .andExpect(content().string(containsString("No chair now.")))
                .andExpect(content().string(containsString("href=\"/committees\"")));
    }

    @Test
    void a_committee_shows_its_roster_and_meetings_and_an_unknown_one_is_refused_in_words() throws Exception {
        GATEWAY.get("/api/v1/committees/GOVERNING_BOARD", BOARD)
                .get("/api/v1/committees/GOVERNING_BOARD/meetings?size=50", """
                        {"content":[{"id":"mt-1","committee":"GOVERNING_BOARD","title":"Winter meeting","format":"HYBRID",
                                     "startsAt":"2026-12-05T13:03:00Z","status":"IN_SESSION","agendaItems":2,"minutesApproved":false}]}""")
                .answer("GET", "/api/v1/committees/FINANCE", 404,
                        "{\"status\":404,\"code\":\"COMMITTEE_NOT_FOUND\",\"detail\":\"no committee with id FINANCE\"}");

        mvc.perform(get("/committees/GOVERNING_BOARD").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>California</td>")))
                .andExpect(content().string(containsString("<td>ca-delegate2</td>")))
                .andExpect(content().string(containsString("(no delegate now)")))
                .andExpect(content().string(containsString("href=\"/committees/GOVERNING_BOARD/meetings/mt-1\"")))
                .andExpect(content().string(containsString("in session")));
        mvc.perform(get("/committees/FINANCE").with(authentication(secretary())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No existe ese comité.")));
    }

    @Test
    void a_meeting_shows_its_agenda_its_quorum_from_attendance_and_a_form_with_each_seats_presence() throws Exception {
        GATEWAY.get(MEETING, meeting("IN_SESSION", """
                [{"attendee":"CA","presence":"PRESENT_ONLINE","personId":null,"recordedAt":"2026-12-05T13:04:00Z"},
                 {"attendee":"CA","presence":"PRESENT_IN_PERSON","personId":"ca-delegate2","recordedAt":"2026-12-05T13:05:00Z"}]""", 1, false));

        mvc.perform(get("/committees/GOVERNING_BOARD/meetings/mt-1").with(authentication(secretary())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/motions/m-1\"")))
                .andExpect(content().string(containsString("presented by tess.treasurer")))
                .andExpect(content().string(containsString("1 of 3 voting seats present; quorum 2: the meeting has no quorum.")))
                .andExpect(content().string(containsString("action=\"/committees/GOVERNING_BOARD/meetings/mt-1/attendance\"")))
                .andExpect(content().string(containsString("hx-post=\"/committees/GOVERNING_BOARD/meetings/mt-1/attendance\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<legend>OR</legend>")))
                .andExpect(content().string(containsString(
                        "<input type=\"radio\" name=\"presence.CA\" value=\"PRESENT_IN_PERSON\" checked=\"checked\">")))
                .andExpect(content().string(containsString("Present online")))
                .andExpect(content().string(containsString("No minutes drafted yet.")));
    }

    @Test
    void the_secretary_records_the_seats_whose_presence_changed_and_sees_the_quorum() throws Exception {
        GATEWAY.get(MEETING, meeting("IN_SESSION", """
                        [{"attendee":"CA","presence":"PRESENT_IN_PERSON","personId":null,"recordedAt":"2026-12-05T13:05:00Z"}]""", 1, false))
                .answer("POST", ATTENDANCE, 200, meeting("IN_SESSION", "[]", 2, true));

        mvc.perform(post("/committees/GOVERNING_BOARD/meetings/mt-1/attendance")
                        .param("presence.CA", "PRESENT_IN_PERSON").param("presence.OR", "PRESENT_ONLINE").param("presence.WA", "ABSENT")
                        .with(authentication(secretary())).with(csrf()))
                .andExpect(redirectedUrl("/committees/GOVERNING_BOARD/meetings/mt-1"))
                .andExpect(flash().attributeExists("recorded"));

        FakeGateway.Request recorded = GATEWAY.requests().stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(recorded.target()).isEqualTo(ATTENDANCE);
        assertThat(recorded.body()).isEqualTo(
                "{\"attendance\":[{\"attendee\":\"OR\",\"presence\":\"PRESENT_ONLINE\"},{\"attendee\":\"WA\",\"presence\":\"ABSENT\"}]}"
                        .replace("{\"attendee\":\"OR\",\"presence\":\"PRESENT_ONLINE\"}", recorded.body().contains("\"presence\":\"PRESENT_ONLINE\",\"attendee\"")
                                ? "{\"presence\":\"PRESENT_ONLINE\",\"attendee\":\"OR\"}" : "{\"attendee\":\"OR\",\"presence\":\"PRESENT_ONLINE\"}")
                        .replace("{\"attendee\":\"WA\",\"presence\":\"ABSENT\"}", recorded.body().contains("\"presence\":\"ABSENT\",\"attendee\"")
                                ? "{\"presence\":\"ABSENT\",\"attendee\":\"WA\"}" : "{\"attendee\":\"WA\",\"presence\":\"ABSENT\"}"));
        assertThat(recorded.idempotencyKey()).isNotBlank();
        assertThat(recorded.authorization()).isEqualTo("Bearer secret-token-sam.secretary");
    }

    @Test
    void a_refused_attendance_is_said_in_words_with_the_apis_status_and_keeps_what_was_marked() throws Exception {
        GATEWAY.get(MEETING, meeting("IN_SESSION", "[]", 0, false))
                .answer("POST", ATTENDANCE, 422, """
                        {"status":422,"code":"PRESENCE_NOT_OFFERED","detail":"attendance[0].presence: an IN_PERSON meeting has no online presence"}""");

        mvc.perform(post("/committees/GOVERNING_BOARD/meetings/mt-1/attendance").param("presence.OR", "PRESENT_ONLINE")
                        .header("HX-Request", "true").with(authentication(secretary())).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString(
                        "This meeting&#39;s format does not offer that presence: attendance[0].presence: an IN_PERSON meeting has no online presence")))
                .andExpect(content().string(containsString(
                        "<input type=\"radio\" name=\"presence.OR\" value=\"PRESENT_ONLINE\" checked=\"checked\">")));
    }

    @Test
    void a_form_that_changes_nothing_records_nothing_and_a_form_without_csrf_is_refused() throws Exception {
        GATEWAY.get(MEETING, meeting("IN_SESSION", """
                        [{"attendee":"CA","presence":"ABSENT","personId":null,"recordedAt":"2026-12-05T13:05:00Z"}]""", 0, false));

        mvc.perform(post("/committees/GOVERNING_BOARD/meetings/mt-1/attendance").param("presence.CA", "ABSENT")
                        .with(authentication(secretary())).with(csrf()).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("No ha cambiado la presencia de ningún puesto")));
        mvc.perform(post("/committees/GOVERNING_BOARD/meetings/mt-1/attendance").param("presence.CA", "PRESENT_ONLINE")
                        .with(authentication(secretary())))
                .andExpect(status().isForbidden());
        assertThat(GATEWAY.requests()).noneMatch(r -> r.method().equals("POST"));
    }

    @Test
    void an_adjourned_meeting_with_approved_minutes_shows_its_attendance_without_a_form() throws Exception {
        GATEWAY.get(MEETING, meeting("ADJOURNED", """
                        [{"attendee":"CA","presence":"PRESENT_ONLINE","personId":null,"recordedAt":"2026-12-05T13:05:00Z"}]""", 1, false)
                .replace("\"minutes\":[],\"approval\":null",
                        "\"minutes\":[{\"version\":1,\"text\":\"Present: 1 of 3.\",\"draftedAt\":\"2026-12-05T14:00:00Z\"}],"
                                + "\"approval\":{\"version\":1,\"atMeeting\":\"mt-2\",\"approvedAt\":\"2027-01-05T14:00:00Z\"}"));

        mvc.perform(get("/committees/GOVERNING_BOARD/meetings/mt-1").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("attendance-form"))))
                .andExpect(content().string(containsString("<td>Present online</td>")))
                .andExpect(content().string(containsString("Version 1 approved at meeting mt-2.")))
                .andExpect(content().string(containsString("Present: 1 of 3.")));
    }
}
