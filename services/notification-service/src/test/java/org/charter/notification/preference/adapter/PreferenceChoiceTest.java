package org.charter.notification.preference.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.preference.Language;
import org.junit.jupiter.api.Test;

class PreferenceChoiceTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void a_person_may_switch_off_every_kind_of_notice_there_is() {
        var everyKind = new PreferenceController.Choice(Language.ES, EnumSet.allOf(NoticeKind.class));

        assertThat(validator.validate(everyKind)).isEmpty();
    }

    @Test
    void a_choice_without_a_language_is_refused() {
        assertThat(validator.validate(new PreferenceController.Choice(null, EnumSet.noneOf(NoticeKind.class)))).hasSize(1);
    }
}
