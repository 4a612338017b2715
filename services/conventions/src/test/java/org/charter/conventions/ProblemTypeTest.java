package org.charter.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void a_code_becomes_a_kebab_case_type_uri_and_a_sentence_title() {
        ProblemType type = ProblemType.of("MEMBER_NOT_FOUND");

        assertThat(type.type()).hasToString("https://charter.dev/problems/member-not-found");
        assertThat(type.title()).isEqualTo("Member not found");
        assertThat(type.code()).isEqualTo("MEMBER_NOT_FOUND");
    }

    @Test
    void a_one_word_code_is_titled_too() {
        assertThat(ProblemType.of("FORBIDDEN").title()).isEqualTo("Forbidden");
    }
}
