package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderCharacterRulesTest {

    // the expressions StrictHttpFirewall uses by default (spring-security-web 6.5)
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static final List<String> SAMPLES = List.of("", "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
            "a\tb", "a\nb", "a\rb", "\u0000", "\u007f", "\u0085", "\u009f", "\u00a0caf\u00e9", "\u0378",
            "emoji \ud83d\ude00", "lone \ud83d surrogate", "\ufffe", "\u200b zero width", "\u0600 format char",
            "\ue000 private use", "\udb40\udc01 tag", "\ud83f\udffe noncharacter plane 1");

    @Test
    void header_names_and_values_are_judged_as_the_firewall_expressions_judge_them() {
        for (String sample : SAMPLES) {
            assertThat(HeaderCharacterRules.assignedAndNotControl(sample, false)).as("name %s", sample)
                    .isEqualTo(NAME.matcher(sample).matches());
            assertThat(HeaderCharacterRules.assignedAndNotControl(sample, true)).as("value %s", sample)
                    .isEqualTo(VALUE.matcher(sample).matches());
        }
    }

    @Test
    void every_character_of_the_basic_plane_is_judged_alike() {
        for (int c = 0; c <= 0xFFFF; c++) {
            String s = "x" + (char) c + "y";
            assertThat(HeaderCharacterRules.assignedAndNotControl(s, true)).as("U+%04X", c)
                    .isEqualTo(VALUE.matcher(s).matches());
        }
    }
}
