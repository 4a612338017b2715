package org.charter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.charter.web.WebTestBed;
import org.charter.web.record.MemberRecordAndPublicPagesTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * No page shows an API's enum constant as it came (ADOPTED, TWO_THIRDS_CAST, NO_QUORUM, IRV...):
 * each is said in words from the message bundles, in English and in Spanish. The main pages are
 * drawn with every kind of enum value the APIs send, and their text (tags and attribute values
 * left out: ids and data attributes may hold constants) is searched for constant-looking tokens.
 */
class NoRawEnumTest extends WebTestBed {

    /** Tokens like {@code NO_QUORUM}, plus the one-word constants the APIs send. */
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");
    private static final Set<String> ONE_WORD = Set.of("ADOPTED", "REJECTED", "LAPSED", "WITHDRAWN", "POLLING", "CONSENSUS",
            "BLOCKED", "OPEN", "CLOSED", "COUNTED", "SCHEDULED", "CANCELLED", "IRV", "STV", "YES", "ABSTAIN", "SUPPORT",
            "BLOCK", "DELEGATE", "ALTERNATE", "NONE", "REVISION", "NOMINATING", "SLATED", "ACCLAIMED", "VACANT", "CHAIR");

    private void fixtures() {
        GATEWAY.get("/api/v1/members/WA", "{\"id\":\"WA\",\"name\":\"Washington\"}")
                .get("/api/v1/members/WA/voting-rights", "{\"delegate\":\"wa-delegate2\",\"alternates\":[]}")
                .get("/api/v1/polls?member=WA", MemberRecordAndPublicPagesTest.RECORD)
                .get("/api/v1/contests", MemberRecordAndPublicPagesTest.CONTESTS)
                .get("/api/v1/contests/EC-FY2031.CHAIR_ELECT/turnout", "{\"voted\":[\"WA\"],\"notYet\":[]}")
                .get("/api/v1/contests/EC-FY2031.AT_LARGE_K12/turnout", "{\"voted\":[],\"notYet\":[\"WA\"]}")
                .get("/api/v1/motions?status=POLLING&size=50", "{\"content\":[{\"id\":\"m-2\",\"title\":\"Item statistics\","
                        + "\"pendingPoll\":\"m-2-1\"}]}")
                .get("/api/v1/polls/m-2-1", "{\"id\":\"m-2-1\",\"motion\":\"m-2\",\"type\":\"FORMAL_VOTE\",\"round\":1,"
                        + "\"status\":\"OPEN\",\"electorate\":3,\"cast\":1,\"closesAt\":\"2027-05-10T16:00:00Z\"}")
                .get("/api/v1/motions/m-2", "{\"title\":\"Item statistics\"}")
                .get("/api/v1/polls/m-1-1", "{\"id\":\"m-1-1\",\"motion\":\"m-1\",\"type\":\"FORMAL_VOTE\",\"round\":1,"
                        + "\"status\":\"CLOSED\",\"electorate\":9,\"cast\":9,\"closesAt\":\"2027-04-10T16:00:00Z\","
                        + "\"result\":{\"outcome\":\"NO_QUORUM\",\"rule\":\"C > 0 and 3Y ≥ 2C\",\"counts\":{\"electorate\":9,"
                        + "\"quorum\":5,\"yes\":3,\"no\":1,\"abstain\":0,\"cast\":4,\"participating\":4}}}")
                .get("/api/v1/polls/m-1-1/turnout", "{\"members\":[\"WA\"],\"voted\":[]}")
                .get("/api/v1/polls/m-2-1/turnout", "{\"members\":[\"WA\"],\"voted\":[\"WA\"]}")
                .get("/api/v1/contests?status=OPEN", "{\"content\":[{\"id\":\"EC-FY2031.AT_LARGE_K12\",\"position\":\"AT_LARGE_K12\","
                        + "\"seats\":1,\"method\":\"irv\",\"status\":\"OPEN\",\"closesAt\":\"2031-05-12T16:00:00Z\",\"candidates\":[]}]}")
                .get("/api/v1/polls/roll-calls", "{\"content\":[{\"poll\":\"m-1-1\",\"motionTitle\":\"Open data\",\"type\":"
                        + "\"CONSENSUS_ROUND\",\"round\":2,\"closedAt\":\"2027-04-10T16:00:00Z\",\"outcome\":\"INSUFFICIENT_SUPPORT\"}]}")
                .get("/api/v1/polls/m-1-1/roll-call", "{\"poll\":\"m-1-1\",\"type\":\"CONSENSUS_ROUND\",\"outcome\":\"BLOCKED\","
                        + "\"absent\":[],\"answers\":[{\"member\":\"CA\",\"position\":\"STAND_ASIDE\",\"takenBy\":\"ca-delegate2\"}]}")
                .get("/api/v1/contests/certified", "{\"content\":[{\"id\":\"EC-FY2031.AT_LARGE_K12\",\"position\":\"AT_LARGE_K12\","
                        + "\"seats\":2,\"method\":\"stv\",\"closedAt\":\"2031-05-10T16:00:00Z\",\"certifiedAt\":\"2031-05-11T16:00:00Z\","
                        + "\"electorate\":7,\"ballots\":5,\"elected\":[\"Wren Ames\"],\"merkleRoot\":\"7a76c585\"}]}")
                .get("/api/v1/motions/m-1", """
                        {"id":"m-1","title":"Item statistics","text":"1. Published.","textVersion":2,"kind":"POLICY_ADOPTION",
                         "status":"POLLING","nextStep":"AWAIT_POLL","threshold":"TWO_THIRDS_CAST",
                         "polls":[{"id":"m-1-1","type":"CONSENSUS_ROUND","round":1,"status":"CLOSED","outcome":"NO_QUORUM"}]}""")
                .get("/api/v1/motions/m-1/versions", "[{\"number\":1,\"text\":\"a\",\"by\":\"sam.secretary\",\"note\":null}]")
                .get("/api/v1/motions?size=100", "{\"content\":[{\"id\":\"m-1\",\"title\":\"Item statistics\","
                        + "\"kind\":\"BUDGET_AMENDMENT\",\"status\":\"WITHDRAWN\",\"textVersion\":2}]}")
                .get("/api/v1/members?size=200", "{\"content\":[{\"id\":\"GU\",\"name\":\"Guam\",\"kind\":\"TERRITORY\","
                        + "\"tier\":\"GOVERNING\",\"status\":\"SUSPENDED\",\"votingRights\":false}]}");
    }

    @Test
    void the_main_pages_say_every_enum_in_words_in_english_and_spanish() throws Exception {
        fixtures();
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            Cookie lang = new Cookie("CHARTER_LANG", language);
            List<RequestBuilder> pages = List.of(
                    get("/").cookie(lang).with(authentication(delegateOfWa())),
                    get("/my-member").cookie(lang).with(authentication(delegateOfWa())),
                    get("/polls/m-2-1").cookie(lang).with(authentication(delegateOfWa())),
                    get("/polls/m-1-1").cookie(lang).with(authentication(delegateOfWa())),
                    get("/public/roll-calls").cookie(lang),
                    get("/public/roll-calls/m-1-1").cookie(lang),
                    get("/public/results").cookie(lang),
                    get("/motions").cookie(lang).with(authentication(secretary())),
                    get("/motions/m-1").cookie(lang).with(authentication(secretary())),
                    get("/members").cookie(lang).with(authentication(secretary())));
            for (RequestBuilder page : pages) {
                var result = mvc.perform(page).andReturn();
                String uri = result.getRequest().getRequestURI();
                assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
                constantsIn(result.getResponse().getContentAsString()).forEach(c -> found.add(language + " " + uri + ": " + c));
            }
        }
        assertThat(found).as("enum constants shown as they came").isEmpty();
    }

    /** The constant-looking tokens of the page's text: tags, attributes and scripts removed. */
    static List<String> constantsIn(String html) {
        String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]*>", " ");
        List<String> constants = new ArrayList<>();
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            if (m.group().contains("_") || ONE_WORD.contains(m.group())) {
                constants.add(m.group());
            }
        }
        return constants;
    }

    @Test
    void the_search_finds_a_constant_in_text_but_not_in_attributes() {
        assertThat(constantsIn("<p data-x=\"NO_QUORUM\">Outcome: ADOPTED, rule TWO_THIRDS_CAST, IRV</p>"))
                .containsExactly("ADOPTED", "TWO_THIRDS_CAST", "IRV");
        assertThat(constantsIn("<p id=\"EC-FY2031.CHAIR_ELECT\">Washington (WA), Chair-Elect</p>")).isEmpty();
    }
}
