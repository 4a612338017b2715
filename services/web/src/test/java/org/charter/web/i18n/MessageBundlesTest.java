package org.charter.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every string of the pages is in both languages: a key missing from one bundle would show in the other language. */
class MessageBundlesTest {

    @Test
    void english_and_spanish_have_the_same_keys() throws IOException {
        Properties english = bundle("messages.properties");
        Properties spanish = bundle("messages_es.properties");

        assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void every_refusal_of_a_vote_in_the_committee_api_has_its_own_sentence() throws IOException {
        Properties english = bundle("messages.properties");
        for (String code : new String[] {"ALREADY_VOTED", "POLL_CLOSED", "POLL_NOT_OPEN", "NOT_ELIGIBLE",
                "MEMBER_NOT_IN_GOOD_STANDING", "NOT_MEMBER_DELEGATE", "REASON_REQUIRED", "REASON_NOT_ALLOWED",
                "INVALID_CHOICE", "VALIDATION_FAILED", "MALFORMED_REQUEST", "POLL_NOT_FOUND"}) {
            assertThat(english.getProperty("refusal." + code)).as(code).isNotBlank();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
