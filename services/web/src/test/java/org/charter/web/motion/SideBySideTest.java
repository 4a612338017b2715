package org.charter.web.motion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.charter.web.motion.SideBySide.Change;
import org.charter.web.motion.SideBySide.Row;
import org.junit.jupiter.api.Test;

class SideBySideTest {

    @Test
    void an_inserted_line_faces_a_blank_and_the_lines_around_it_pair_up() {
        List<Row> rows = SideBySide.rows("a\nb", "a\nb\nc", List.of(new Change(3, 3, List.of(), List.of("c"))));

        assertThat(rows).containsExactly(new Row(1, "a", 1, "a", false), new Row(2, "b", 2, "b", false),
                new Row(null, null, 3, "c", true));
    }

    @Test
    void a_changed_line_faces_its_replacement_and_later_lines_keep_their_numbers() {
        List<Row> rows = SideBySide.rows("a\nb\nc\nd", "a\nB\nB2\nc\nd",
                List.of(new Change(2, 2, List.of("b"), List.of("B", "B2"))));

        assertThat(rows).containsExactly(new Row(1, "a", 1, "a", false), new Row(2, "b", 2, "B", true),
                new Row(null, null, 3, "B2", true), new Row(3, "c", 4, "c", false), new Row(4, "d", 5, "d", false));
    }

    @Test
    void a_deleted_line_faces_a_blank() {
        List<Row> rows = SideBySide.rows("a\nb\nc", "a\nc", List.of(new Change(2, 2, List.of("b"), List.of())));

        assertThat(rows).containsExactly(new Row(1, "a", 1, "a", false), new Row(2, "b", null, null, true),
                new Row(3, "c", 2, "c", false));
    }
}
