package org.charter.web.notification;

import java.util.List;
import java.util.Set;

/** The notification API's kinds of notice (docs/api/notifications.md), in the order the page lists them. */
final class NoticeKinds {

    static final List<String> ALL = List.of("POLL_OPENED", "REMINDER", "POLL_RESULT", "CONTEST_OPENED", "CONTEST_CLOSED",
            "CONTEST_CERTIFIED", "MOTION_REVISED", "BUDGET_ADOPTED", "TASK_ASSIGNED", "BUDGET_ESCALATED");

    /** Sent whatever the person chose: the Executive Committee's chair must act on an escalated budget. */
    static final Set<String> ALWAYS_SENT = Set.of("BUDGET_ESCALATED");

    private NoticeKinds() {
    }

    /** The kinds to switch off: every kind that may be switched off and was not ticked on (an unknown name is ignored). */
    static List<String> switchedOff(List<String> ticked) {
        return ALL.stream().filter(kind -> !ALWAYS_SENT.contains(kind) && !ticked.contains(kind)).toList();
    }
}
