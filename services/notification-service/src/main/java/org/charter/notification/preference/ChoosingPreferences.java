package org.charter.notification.preference;

import java.util.HashSet;
import java.util.Set;
import org.charter.notification.notice.NoticeKind;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.InvalidRequest;

/** A person reads and changes only their own preferences; an admin anyone's (to help). */
public final class ChoosingPreferences {

    public static final String NOT_YOURS = "NOT_YOUR_PREFERENCES";
    public static final String BAD_TOKEN = "INVALID_UNSUBSCRIBE_TOKEN";

    private final PreferenceBook book;
    private final UnsubscribeTokens tokens;

    public ChoosingPreferences(PreferenceBook book, UnsubscribeTokens tokens) {
        this.book = book;
        this.tokens = tokens;
    }

    /**
     * Honours a one-click unsubscribe link without sign-in: the kind the token names is switched
     * off by e-mail for the person it names, the rest of their choices kept. A token that is not
     * the service's changes nothing.
     */
    public Preferences unsubscribe(String token) {
        UnsubscribeTokens.Unsubscription asked = tokens.read(token).orElseThrow(() -> new InvalidRequest(BAD_TOKEN,
                "this unsubscribe link is not one the notification service signed: use the link of a message as it came"));
        Preferences now = book.of(asked.personId());
        Set<NoticeKind> off = new HashSet<>(now.emailOff());
        off.add(asked.kind());
        Preferences chosen = new Preferences(asked.personId(), now.language(), off);
        book.save(chosen);
        return chosen;
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
