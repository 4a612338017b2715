package org.charter.notification.email;

import org.charter.notification.notice.Notice;
import org.charter.notification.preference.Language;

/** Writes a notice as a message in the recipient's language and hands it to the mail server. */
public interface Mailer {

    /** Throws when the server did not take the message (the event is then tried again). */
    void send(Notice notice, String address, Language language);
}
