package org.charter.web.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    @Test
    void a_seats_presence_now_is_the_last_entry_recorded_for_it() {
        var now = Attendance.now(List.of("CA", "OR", "WA"), List.of(
                Map.of("attendee", "CA", "presence", "PRESENT_ONLINE"),
                Map.of("attendee", "WA", "presence", "PRESENT_IN_PERSON"),
                Map.of("attendee", "CA", "presence", "ABSENT")));

        assertThat(now.keySet()).containsExactly("CA", "OR", "WA");
        assertThat(now.get("CA")).isEqualTo("ABSENT");
        assertThat(now.get("OR")).isNull();
        assertThat(now.get("WA")).isEqualTo("PRESENT_IN_PERSON");
    }

    @Test
    void only_the_seats_whose_presence_changed_are_recorded_and_seats_not_in_the_meeting_are_left_out() {
        var now = new java.util.LinkedHashMap<String, String>();
        now.put("CA", "ABSENT");
        now.put("OR", null);
        now.put("WA", "PRESENT_IN_PERSON");

        var changes = Attendance.changes(now, Map.of("CA", "PRESENT_ONLINE", "OR", "PRESENT_IN_PERSON", "WA", "PRESENT_IN_PERSON",
                "PR", "PRESENT_ONLINE"));

        assertThat(changes).containsExactly(Map.of("attendee", "CA", "presence", "PRESENT_ONLINE"),
                Map.of("attendee", "OR", "presence", "PRESENT_IN_PERSON"));
    }

    @Test
    void a_meeting_offers_the_presences_its_format_allows() {
        assertThat(Attendance.offered("IN_PERSON")).containsExactly("PRESENT_IN_PERSON", "ABSENT");
        assertThat(Attendance.offered("VIRTUAL")).containsExactly("PRESENT_ONLINE", "ABSENT");
        assertThat(Attendance.offered("HYBRID")).containsExactly("PRESENT_IN_PERSON", "PRESENT_ONLINE", "ABSENT");
    }
}
