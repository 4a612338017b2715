package org.charter.web.committee;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A meeting's attendance as the secretary's form works with it: each frozen seat's presence now
 * (the last entry recorded for it, as the committee counts it), the presences the meeting's format
 * offers, and the entries a submitted form changes (a seat left as it was is not recorded again).
 */
final class Attendance {

    static final String IN_PERSON = "PRESENT_IN_PERSON";
    static final String ONLINE = "PRESENT_ONLINE";
    static final String ABSENT = "ABSENT";

    private Attendance() {
    }

    /** The presences a meeting of this format offers (the committee refuses the others, PRESENCE_NOT_OFFERED). */
    static List<String> offered(String format) {
        return switch (format == null ? "" : format) {
            case "IN_PERSON" -> List.of(IN_PERSON, ABSENT);
            case "VIRTUAL" -> List.of(ONLINE, ABSENT);
            default -> List.of(IN_PERSON, ONLINE, ABSENT);
        };
    }

    /** Each seat's presence now: the last entry recorded for it, or null for a seat nobody marked yet. */
    static Map<String, String> now(List<String> seats, List<Map<String, Object>> recorded) {
        Map<String, String> now = new LinkedHashMap<>();
        seats.forEach(seat -> now.put(seat, null));
        for (Map<String, Object> entry : recorded) {
            now.put(String.valueOf(entry.get("attendee")), String.valueOf(entry.get("presence")));
        }
        return now;
    }

    /** The entries to record: each seat of the form whose presence differs from its presence now, in seat order. */
    static List<Map<String, String>> changes(Map<String, String> now, Map<String, String> submitted) {
        List<Map<String, String>> changes = new ArrayList<>();
        for (String seat : now.keySet()) {
            String presence = submitted.get(seat);
            if (presence != null && !presence.isBlank() && !presence.equals(now.get(seat))) {
                changes.add(Map.of("attendee", seat, "presence", presence));
            }
        }
        return changes;
    }
}
