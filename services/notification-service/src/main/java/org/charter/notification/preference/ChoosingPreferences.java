package org.charter.notification.preference;

import java.util.Set;
import org.charter.notification.notice.NoticeKind;
import org.charter.platform.error.Forbidden;

/** A person reads and changes only their own preferences; an admin anyone's (to help). */
public final class ChoosingPreferences {

    public static final String NOT_YOURS = "NOT_YOUR_PREFERENCES";

    private final PreferenceBook book;

    public ChoosingPreferences(PreferenceBook book) {
        this.book = book;
    }

    public Preferences read(String personId, String actor, boolean admin) {
        requireOwn(personId, actor, admin);
        return book.of(personId);
    }

    public Preferences choose(String personId, Language language, Set<NoticeKind> emailOff, String actor, boolean admin) {
        requireOwn(personId, actor, admin);
        Preferences chosen = new Preferences(personId, language, emailOff);
        book.save(chosen);
        return chosen;
    }

    private static void requireOwn(String personId, String actor, boolean admin) {
        if (!admin && !personId.equals(actor)) {
            throw new Forbidden(NOT_YOURS, "these are " + personId + "'s preferences: a person reads and changes only their own");
        }
    }
}
