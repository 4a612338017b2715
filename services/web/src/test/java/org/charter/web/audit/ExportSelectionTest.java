package org.charter.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The export form's rules, before the audit API is asked (docs/api/audit.md: exactly one selection). */
class ExportSelectionTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    private static ExportSelection of(String selection, String from, String to, String subject, String first, String last) {
        return ExportSelection.of(new ExportSelection.Form(selection, from, to, subject, first, last), MADRID);
    }

    @Test
    void a_time_range_is_read_in_the_apps_time_zone_and_sent_as_instants() {
        ExportSelection s = of("time", "2026-01-01T00:00", "2026-07-01T00:00:30", "ignored", null, null);

        assertThat(s.valid()).isTrue();
        assertThat(s.query()).containsExactly(Map.entry("from", "2025-12-31T23:00:00Z"), Map.entry("to", "2026-06-30T22:00:30Z"));
        assertThat(s.fileName()).isEqualTo("ledger-20251231T230000Z-20260630T220030Z.jsonl");
    }

    @Test
    void a_time_range_needs_both_ends_as_dates_the_end_after_the_start() {
        assertThat(of("time", "", " ", null, null, null).problems()).extracting(ExportSelection.Problem::key)
                .containsExactly("export.error.from.missing", "export.error.to.missing");
        assertThat(of("time", "yesterday", "2026-01-01T00:00", null, null, null).problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("from");
                    assertThat(p.key()).isEqualTo("export.error.instant");
                    assertThat(p.arguments()).containsExactly("yesterday");
                });
        assertThat(of("time", "2026-01-01T00:00", "2026-01-01T00:00", null, null, null).problems())
                .extracting(ExportSelection.Problem::field, ExportSelection.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("to", "export.error.order"));
    }

    @Test
    void a_subject_is_trimmed_bounded_and_named_safely_in_the_file_name() {
        ExportSelection s = of("subject", null, null, "  motion:m-3kq9x0a7ve ", null, null);
        assertThat(s.query()).containsExactly(Map.entry("subject", "motion:m-3kq9x0a7ve"));
        assertThat(s.fileName()).isEqualTo("ledger-motion_m-3kq9x0a7ve.jsonl");

        assertThat(of("subject", null, null, " ", null, null).problems()).extracting(ExportSelection.Problem::key)
                .containsExactly("export.error.subject.missing");
        assertThat(of("subject", null, null, "x".repeat(201), null, null).problems()).extracting(ExportSelection.Problem::key)
                .containsExactly("export.error.subject.tooLong");
        assertThat(of("subject", null, null, "x".repeat(200), null, null).valid()).isTrue();
        assertThat(of("subject", null, null, "CA\nGU", null, null).problems()).extracting(ExportSelection.Problem::key)
                .containsExactly("export.error.subject.control");
    }

    @Test
    void positions_are_whole_numbers_from_one_the_last_not_before_the_first() {
        ExportSelection s = of("positions", null, null, null, "1001", "2000");
        assertThat(s.query()).containsExactly(Map.entry("fromPosition", "1001"), Map.entry("toPosition", "2000"));
        assertThat(s.fileName()).isEqualTo("ledger-positions-1001-2000.jsonl");
        assertThat(of("positions", null, null, null, "7", "7").valid()).isTrue();

        assertThat(of("positions", null, null, null, "0", "abc").problems())
                .extracting(ExportSelection.Problem::field, ExportSelection.Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("fromPosition", "export.error.position"),
                        org.assertj.core.groups.Tuple.tuple("toPosition", "export.error.position"));
        assertThat(of("positions", null, null, null, "5", "4").problems()).extracting(ExportSelection.Problem::key)
                .containsExactly("export.error.positions.order");
        assertThat(of("positions", null, null, null, null, "4").problems()).extracting(ExportSelection.Problem::key)
                .containsExactly("export.error.fromPosition.missing");
    }

    @Test
    void without_a_selection_or_with_an_unknown_one_the_form_says_to_choose() {
        assertThat(of(null, "2026-01-01T00:00", "2026-02-01T00:00", null, null, null).problems())
                .extracting(ExportSelection.Problem::field).containsExactly("selection");
        assertThat(of("everything", null, null, null, null, null).valid()).isFalse();
    }
}
