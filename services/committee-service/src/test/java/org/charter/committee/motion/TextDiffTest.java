package org.charter.committee.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static TextVersion version(int number, String text) {
        return new TextVersion(number, "t", text, null, Instant.EPOCH, "sam");
    }

    @Test
    void the_differences_are_listed_line_by_line_with_where_they_are_in_either_version() {
        TextDiff diff = TextDiff.between(version(1, "1. Publish.\n2. Yearly.\n3. Online."),
                version(2, "1. Publish.\n2. Every six months.\n3. Online.\n4. With a summary."));

        assertThat(diff.from()).isEqualTo(1);
        assertThat(diff.to()).isEqualTo(2);
        assertThat(diff.changes()).containsExactly(
                new TextDiff.Change("CHANGE", 2, 2, java.util.List.of("2. Yearly."), java.util.List.of("2. Every six months.")),
                new TextDiff.Change("INSERT", 4, 4, java.util.List.of(), java.util.List.of("4. With a summary.")));
    }

    @Test
    void equal_versions_have_no_differences_and_deleted_lines_are_listed() {
        assertThat(TextDiff.between(version(1, "a\nb"), version(1, "a\nb")).changes()).isEmpty();
        assertThat(TextDiff.between(version(1, "a\nb\nc"), version(2, "a\nc")).changes())
                .containsExactly(new TextDiff.Change("DELETE", 2, 2, java.util.List.of("b"), java.util.List.of()));
    }
}
