package org.charter.conventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidInputTest {

    @Test
    void the_fields_are_listed_in_a_stable_order_whatever_order_the_checks_ran_in() {
        InvalidInput input = InvalidInput.of(List.of(
                new InvalidField("seats", "must be at least 1"),
                new InvalidField("name", "must not be blank"),
                new InvalidField("name", "is too long")));

        assertThat(input.fields()).extracting(InvalidField::field, InvalidField::message).containsExactly(
                tuple("name", "is too long"),
                tuple("name", "must not be blank"),
                tuple("seats", "must be at least 1"));
    }

    @Test
    void the_detail_names_every_field_with_what_is_wrong() {
        InvalidInput input = InvalidInput.of(List.of(
                new InvalidField("seats", "must be at least 1"),
                new InvalidField("name", "must not be blank")));

        assertThat(input.detail()).isEqualTo("Invalid input. name: must not be blank; seats: must be at least 1.");
    }

    @Test
    void one_field_reads_as_one_sentence() {
        InvalidInput input = InvalidInput.of(List.of(new InvalidField("member", "is required for a delegate")));

        assertThat(input.detail()).isEqualTo("Invalid input. member: is required for a delegate.");
    }
}
