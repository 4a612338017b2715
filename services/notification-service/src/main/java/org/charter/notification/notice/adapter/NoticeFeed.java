package org.charter.notification.notice.adapter;

import org.charter.notification.email.MailingNotices;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.Noticing;
import org.charter.platform.consumer.EventHandler;
import org.charter.platform.event.RecordedEvent;

/**
 * Turns each fact of the committee's and the workflow's topics into its notices and delivers
 * them. A redelivered event goes through again and the delivery log makes it send nothing twice;
 * a failure (mail server, membership) throws, so the platform tries the event again.
 */
class NoticeFeed implements EventHandler {

    private final Noticing noticing;
    private final MailingNotices mailing;

    NoticeFeed(Noticing noticing, MailingNotices mailing) {
        this.noticing = noticing;
        this.mailing = mailing;
    }

    @Override
    public void handle(RecordedEvent event) {
        for (Notice notice : noticing.noticesOf(event)) {
            mailing.deliver(notice);
        }
    }
}
