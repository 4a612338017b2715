package org.charter.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.charter.web.FakeGateway;
import org.charter.web.WebTestBed;
import org.junit.jupiter.api.Test;

/** The auditor's export and checkpoints pages against the audit API's answers through the gateway. */
class AuditorPagesTest extends WebTestBed {

    private static final String JANUARY = "/api/v1/ledger/export?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z";

    private static final String CHECKPOINTS = """
            [{"number":1,"fromPosition":1,"toPosition":1000,
              "merkleRoot":"30f434636bcb98ce5bd07c43846feb0c51e32a0de3706d9203ad65da103ed91f",
              "lastHash":"e4156e18346ddfc72520e76d45c85f73fa099db3699b8989fbfa495c214cf5c5",
              "offsets":[{"topic":"charter.membership.events","partition":0,"from":0,"to":1204},
                         {"topic":"charter.committee.events","partition":2,"from":17,"to":40}]},
             {"number":2,"fromPosition":1001,"toPosition":2000,"merkleRoot":"aa","lastHash":"bb","offsets":[]}]""";

    private static String line(long position, String subject) {
        return "{\"position\":" + position + ",\"eventId\":\"5a1d818b-22b2-4a9d-a762-e167fe68e6" + (10 + position) + "\","
                + "\"topic\":\"charter.membership.events\",\"partition\":1,\"offset\":" + position + ","
                + "\"type\":\"charter.membership.MemberRegistered.v1\",\"subject\":\"" + subject + "\","
                + "\"time\":\"2026-01-05T10:00:00Z\",\"event\":\"{}\",\"eventHash\":\"e" + position + "\","
                + "\"previousHash\":\"p" + position + "\",\"hash\":\"" + position + "f25f77e62cadb5b8941d5c2bfdf003d\"}\n";
    }

    @Test
    void only_an_auditor_sees_the_export_and_the_checkpoints_others_get_the_403_page_and_no_api_is_asked() throws Exception {
        for (String page : new String[] {"/audit/export", "/audit/export?preview=1&selection=subject&subject=CA",
                "/audit/export/ledger.jsonl?selection=subject&subject=CA", "/audit/checkpoints", "/audit/checkpoints/1.json"}) {
            mvc.perform(get(page).with(authentication(delegateOfWa())))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("You may not do this.")));
            mvc.perform(get(page).with(authentication(secretary())))
                    .andExpect(status().isForbidden());
        }
        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void the_ledger_page_links_the_export_and_the_checkpoints_and_the_form_labels_every_field() throws Exception {
        GATEWAY.get("/api/v1/ledger/verification", "{\"ok\":true,\"entries\":229,\"firstBroken\":null}");
        mvc.perform(get("/audit").with(authentication(auditor())))
                .andExpect(content().string(containsString("href=\"/audit/export\"")))
                .andExpect(content().string(containsString("href=\"/audit/checkpoints\"")));

        String form = mvc.perform(get("/audit/export").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Export the ledger</h1>")))
                .andExpect(content().string(containsString("<legend>What to export</legend>")))
                .andExpect(content().string(containsString("<label for=\"from\">From (date and time, UTC; included)</label>")))
                .andExpect(content().string(containsString("<label for=\"subject\">Its subject, as its events record it</label>")))
                .andExpect(content().string(containsString("<label for=\"fromPosition\">First position</label>")))
                .andExpect(content().string(containsString("action=\"/audit/export/ledger.jsonl\" method=\"get\"")))
                .andExpect(content().string(not(containsString("role=\"alert\""))))
                .andReturn().getResponse().getContentAsString();
        // a GET form: no CSRF token, which would end up in the URL
        assertThat(form.substring(form.indexOf("id=\"export-form\""), form.indexOf("</form>", form.indexOf("id=\"export-form\""))))
                .doesNotContain("_csrf");
    }

    @Test
    void a_selection_the_audit_api_would_refuse_is_named_beside_its_field_in_english_and_in_spanish() throws Exception {
        mvc.perform(get("/audit/export/ledger.jsonl").param("selection", "time")
                        .param("from", "2026-02-01T00:00").param("to", "2026-01-01T00:00").with(authentication(auditor())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("The end of the range must be after its start.")))
                .andExpect(content().string(containsString("id=\"to\" name=\"to\" type=\"datetime-local\" step=\"1\" value=\"2026-01-01T00:00\" aria-invalid=\"true\" aria-describedby=\"to-error\"")))
                .andExpect(content().string(containsString("href=\"#to\"")));

        mvc.perform(get("/audit/export").param("preview", "1").param("selection", "positions")
                        .param("fromPosition", "abc").param("toPosition", "3")
                        .with(authentication(auditor())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("&quot;abc&quot; no es una posición: las posiciones son números enteros desde 1.")));

        mvc.perform(get("/audit/export/ledger.jsonl").with(authentication(auditor())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Elija qué exportar")));
        assertThat(GATEWAY.requests()).isEmpty();
    }

    @Test
    void the_download_passes_the_audit_apis_json_lines_on_as_an_attachment_with_the_auditors_token() throws Exception {
        String lines = line(47, "CA") + line(48, "CA") + line(52, "GU");
        GATEWAY.get(JANUARY, lines);

        mvc.perform(get("/audit/export/ledger.jsonl").param("selection", "time")
                        .param("from", "2026-01-01T00:00").param("to", "2026-02-01T00:00").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/jsonl"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"ledger-20260101T000000Z-20260201T000000Z.jsonl\""))
                .andExpect(content().string(lines));

        FakeGateway.Request asked = GATEWAY.requests().get(0);
        assertThat(asked.target()).isEqualTo(JANUARY);
        assertThat(asked.authorization()).isEqualTo("Bearer secret-token-ada.auditor");
    }

    @Test
    void a_refusal_of_the_audit_api_is_said_in_words_with_its_status() throws Exception {
        GATEWAY.answer("GET", "/api/v1/ledger/export?subject=CA", 403, "{\"status\":403,\"code\":\"FORBIDDEN\",\"detail\":\"auditors only\"}")
                .answer("GET", "/api/v1/ledger/export?subject=GU", 400,
                        "{\"status\":400,\"code\":\"EXPORT_SELECTION_INVALID\",\"detail\":\"subject must be an aggregate id of 1 to 200 characters\"}");

        mvc.perform(get("/audit/export/ledger.jsonl").param("selection", "subject").param("subject", "CA")
                        .with(authentication(auditor())))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist("Content-Disposition"))
                .andExpect(content().string(containsString("You may not do this.")));
        mvc.perform(get("/audit/export/ledger.jsonl").param("selection", "subject").param("subject", "GU")
                        .with(authentication(auditor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(
                        "The audit service did not accept this selection: subject must be an aggregate id of 1 to 200 characters")));
        // the preview says it on the form, and to htmx with a status it swaps in
        mvc.perform(get("/audit/export").param("preview", "1").param("selection", "subject").param("subject", "CA")
                        .header("HX-Request", "true").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"alert\" data-testid=\"refusal\" data-code=\"FORBIDDEN\">You may not do this.</p>")));
    }

    @Test
    void a_gateway_that_does_not_answer_the_download_is_the_unavailable_page() throws Exception {
        mvc.perform(get("/audit/export/ledger.jsonl").param("selection", "subject").param("subject", "XX")
                        .with(authentication(auditor())))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("A Charter service is not answering.")));
    }

    @Test
    void the_preview_shows_the_first_lines_and_links_the_whole_download() throws Exception {
        StringBuilder many = new StringBuilder();
        for (int position = 1; position <= 7; position++) {
            many.append(line(position, "motion:m-1"));
        }
        GATEWAY.get("/api/v1/ledger/export?subject=motion:m-1", many.toString())
                .get("/api/v1/ledger/export?fromPosition=1&toPosition=2", line(1, "CA") + line(2, "CA"))
                .get("/api/v1/ledger/export?fromPosition=3&toPosition=4", "");

        mvc.perform(get("/audit/export").param("preview", "1").param("selection", "subject").param("subject", "motion:m-1")
                        .header("HX-Request", "true").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>The first 5 lines; more follow in the download</caption>")))
                .andExpect(content().string(containsString("<td>5</td>")))
                .andExpect(content().string(not(containsString("<td>6</td>"))))
                .andExpect(content().string(containsString("<code class=\"hash\">5f25f77e62cadb5b...</code>")))
                .andExpect(content().string(containsString(
                        "href=\"/audit/export/ledger.jsonl?selection=subject&amp;subject=motion%3Am-1\" data-testid=\"download\">Download the whole export (ledger-motion_m-1.jsonl)</a>")));
        mvc.perform(get("/audit/export").param("preview", "1").param("selection", "positions")
                        .param("fromPosition", "1").param("toPosition", "2").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>All 2 lines of the export</caption>")))
                .andExpect(content().string(containsString("value=\"positions\" checked=\"checked\"")));
        mvc.perform(get("/audit/export").param("preview", "1").param("selection", "positions")
                        .param("fromPosition", "3").param("toPosition", "4").with(authentication(auditor())))
                .andExpect(content().string(containsString("Nothing in the ledger matches this selection")));
    }

    @Test
    void the_checkpoints_are_listed_with_their_roots_offsets_and_files_and_how_to_recheck_them() throws Exception {
        GATEWAY.get("/api/v1/ledger/checkpoints", CHECKPOINTS);

        mvc.perform(get("/audit/checkpoints").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>Checkpoints (2)</caption>")))
                .andExpect(content().string(containsString("<th scope=\"row\">1</th>")))
                .andExpect(content().string(containsString("<td>1001 to 2000</td>")))
                .andExpect(content().string(containsString("30f434636bcb98ce5bd07c43846feb0c51e32a0de3706d9203ad65da103ed91f")))
                .andExpect(content().string(containsString("charter.membership.events, partition 0: offsets 0 to 1204")))
                .andExpect(content().string(containsString("href=\"/audit/checkpoints/1.json\"")))
                .andExpect(content().string(containsString("href=\"/audit/export/ledger.jsonl?selection=positions&amp;fromPosition=1001&amp;toPosition=2000\"")))
                .andExpect(content().string(containsString("jq -r .hash ledger-positions-FROM-TO.jsonl | ./merkle-root.sh")))
                .andExpect(content().string(containsString("charter-audit.jar verify --bootstrap HOST:PORT --ledger")));

        GATEWAY.reset();
        GATEWAY.get("/api/v1/ledger/checkpoints", "[]");
        mvc.perform(get("/audit/checkpoints").with(authentication(auditor())).cookie(new Cookie("CHARTER_LANG", "es")))
                .andExpect(content().string(containsString("Aún no hay ningún punto de control")));
    }

    @Test
    void a_checkpoint_downloads_as_its_json_and_an_unknown_one_is_a_404_page() throws Exception {
        GATEWAY.get("/api/v1/ledger/checkpoints", CHECKPOINTS);

        mvc.perform(get("/audit/checkpoints/1.json").with(authentication(auditor())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"checkpoint-1.json\""))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(containsString("\"merkleRoot\" : \"30f434636bcb98ce5bd07c43846feb0c51e32a0de3706d9203ad65da103ed91f\"")))
                .andExpect(content().string(containsString("\"topic\" : \"charter.committee.events\"")))
                .andExpect(content().string(not(containsString("\"number\" : 2"))));
        mvc.perform(get("/audit/checkpoints/9.json").with(authentication(auditor())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no checkpoint 9.")));
        assertThat(GATEWAY.requests()).allMatch(r -> "Bearer secret-token-ada.auditor".equals(r.authorization()));
    }

    @Test
    void a_refusal_of_the_checkpoints_is_the_apps_error_page() throws Exception {
        GATEWAY.answer("GET", "/api/v1/ledger/checkpoints", 403, "{\"status\":403,\"code\":\"FORBIDDEN\",\"detail\":\"auditors only\"}");

        mvc.perform(get("/audit/checkpoints").with(authentication(auditor())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You may not do this.")));
    }
}
