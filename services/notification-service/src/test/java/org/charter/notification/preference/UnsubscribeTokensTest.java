package org.charter.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.charter.notification.notice.NoticeKind;
import org.charter.platform.error.InvalidRequest;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens("a key of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8));
    private final Map<String, Preferences> saved = new HashMap<>();
    private final ChoosingPreferences choosing = new ChoosingPreferences(new PreferenceBook() {
        @Override
        public Preferences of(String personId) {
            return saved.getOrDefault(personId, Preferences.defaults(personId));
        }

        @Override
        public void save(Preferences preferences) {
            saved.put(preferences.personId(), preferences);
        }
    }, tokens);

    @Test
    void a_token_names_the_person_and_the_kind_it_was_issued_for() {
        String token = tokens.issue("ca-alt", NoticeKind.POLL_RESULT);
        assertThat(tokens.read(token)).contains(new UnsubscribeTokens.Unsubscription("ca-alt", NoticeKind.POLL_RESULT));
    }

    @Test
    void a_token_changed_in_any_part_or_signed_with_another_key_is_refused() {
        String token = tokens.issue("ca-alt", NoticeKind.POLL_RESULT);
        String[] parts = token.split("\\.");
        assertThat(tokens.read(parts[0] + ".POLL_OPENED." + parts[2])).isEmpty();
        assertThat(tokens.read(tokens.issue("wa-del", NoticeKind.POLL_RESULT).split("\\.")[0] + "." + parts[1] + "." + parts[2]))
                .isEmpty();
        assertThat(tokens.read(token + "x")).isEmpty();
        assertThat(tokens.read("not-a-token")).isEmpty();
        assertThat(new UnsubscribeTokens("another key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8)).read(token))
                .isEmpty();
    }

    @Test
    void unsubscribing_switches_that_kind_off_and_keeps_the_other_choices() {
        saved.put("ca-alt", new Preferences("ca-alt", Language.ES, Set.of(NoticeKind.REMINDER)));
        Preferences after = choosing.unsubscribe(tokens.issue("ca-alt", NoticeKind.POLL_OPENED));
        assertThat(after.language()).isEqualTo(Language.ES);
        assertThat(after.emailOff()).containsExactlyInAnyOrder(NoticeKind.REMINDER, NoticeKind.POLL_OPENED);
        assertThat(choosing.unsubscribe(tokens.issue("ca-alt", NoticeKind.POLL_OPENED))).isEqualTo(after);
    }

    @Test
    void a_forged_token_is_refused_with_its_code_and_changes_nothing() {
        assertThatThrownBy(() -> choosing.unsubscribe("Y2EtYWx0.POLL_OPENED.AAAA"))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("not one the notification service signed");
        assertThat(saved).isEmpty();
    }
}
