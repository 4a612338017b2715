package org.charter.notification.preference;

import java.util.EnumSet;
import java.util.Set;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.NoticeKind;

/**
 * A person's choices: the language of their messages and which kinds of notice they do not want
 * by e-mail. A reminder to a voting delegate (or a seat holder, on a committee's poll) is sent
 * whatever they chose: a reminder only goes to members that have not voted, and they are who
 * votes (DOMAIN §3.5). Nor is a budget's escalation to the chair: the chair must act on it.
 */
public record Preferences(String personId, Language language, Set<NoticeKind> emailOff) {

    public Preferences {
        language = language == null ? Language.EN : language;
        emailOff = emailOff == null || emailOff.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(emailOff));
    }

    public static Preferences defaults(String personId) {
        return new Preferences(personId, Language.EN, Set.of());
    }

    public boolean wantsEmail(Notice notice) {
        return !canSwitchOff(notice) || !emailOff.contains(notice.kind());
    }

    /**
     * Whether the recipient may switch this notice off (an unsubscribe link is offered): all but a
     * reminder to who votes (a delegate, or a committee's seat holder), and a budget's escalation to the chair.
     */
    public static boolean canSwitchOff(Notice notice) {
        return notice.kind() != NoticeKind.BUDGET_ESCALATED && !(notice.kind() == NoticeKind.REMINDER && notice.recipient().votes());
    }
}
