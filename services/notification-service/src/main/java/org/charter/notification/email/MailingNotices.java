package org.charter.notification.email;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.charter.notification.delivery.Channel;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.notification.delivery.DeliveryKey;
import org.charter.notification.delivery.DeliveryLog;
import org.charter.notification.delivery.DeliveryStatus;
import org.charter.notification.delivery.NotificationEvent.NoticeSentV2;
import org.charter.notification.notice.Notice;
import org.charter.notification.preference.PreferenceBook;
import org.charter.notification.preference.Preferences;

/**
 * Sends each notice by e-mail at most once per (event, person): the delivery is recorded as
 * {@code ATTEMPTING} before the message goes and {@code SENT} after. Found {@code SENT} (or any
 * final status), nothing is sent; found {@code ATTEMPTING}, the service stopped between sending
 * and recording, so the message is sent again and the record says it was repeated (ADR 0018).
 * A notice to no person (a task's candidate group nobody is listed in) is recorded
 * {@code NO_RECIPIENT}, saying what to fix, and nothing is sent; so is one of a task that names
 * nobody (no assignee, candidate user or group), and one to a vacant position (a budget escalated
 * while nobody holds the Executive Committee's chair).
 */
public final class MailingNotices {

    private final DeliveryLog log;
    private final PreferenceBook preferences;
    private final AddressBook addresses;
    private final Mailer mailer;
    private final DeliveryFacts facts;
    private final Clock clock;

    public MailingNotices(DeliveryLog log, PreferenceBook preferences, AddressBook addresses, Mailer mailer, DeliveryFacts facts,
                          Clock clock) {
        this.facts = facts;
        this.log = log;
        this.preferences = preferences;
        this.addresses = addresses;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** What became of the notice: the final status recorded, or empty when it had been delivered already. */
    public Optional<DeliveryStatus> deliver(Notice notice) {
        DeliveryKey key = new DeliveryKey(notice.eventId(), notice.recipient().personId(), Channel.EMAIL);
        Optional<DeliveryStatus> found = log.begin(key, notice, clock.instant());
        if (found.isPresent() && found.get().isFinal()) {
            return Optional.empty();
        }
        boolean repeated = found.isPresent();
        if (!notice.recipient().isPerson()) {
            String detail = switch (notice.recipient().role()) {
                case VACANT_SEAT -> nobodySeated(notice.recipient().name());
                case NO_CANDIDATE -> nobodyNamed(notice.recipient().name());
                default -> nobodyListed(notice.recipient().name());
            };
            log.finish(key, DeliveryStatus.NO_RECIPIENT, false, detail, clock.instant());
            return Optional.of(DeliveryStatus.NO_RECIPIENT);
        }
        Preferences chosen = preferences.of(notice.recipient().personId());
        DeliveryStatus status;
        String detail = null;
        if (!chosen.wantsEmail(notice)) {
            status = DeliveryStatus.OPTED_OUT;
        } else {
            AddressBook.Address address = addresses.addressOf(notice.recipient());
            if (!address.known()) {
                status = DeliveryStatus.NO_ADDRESS;
                detail = address.detail();
            } else {
                mailer.send(notice, address.email(), chosen.language());
                status = DeliveryStatus.SENT;
            }
        }
        Instant now = clock.instant();
        if (status == DeliveryStatus.SENT) {
            // before the record: a stop in between repeats the message, never loses the fact
            facts.noticeSent(new NoticeSentV2(notice.eventId().toString(), notice.eventType(), notice.kind().name(),
                    Channel.EMAIL.name(), notice.recipient().personId(), notice.recipient().memberId(), notice.subject(), now,
                    repeated));
        }
        log.finish(key, status, repeated && status == DeliveryStatus.SENT, detail, now);
        return Optional.of(status);
    }

    /** What to fix when nobody holds the position a notice is for. */
    static String nobodySeated(String position) {
        return "nobody holds the Executive Committee's " + position + " seat when the notice was due, so nobody was told:"
                + " seat its holder (committee roster or election) and tell them, or act as the " + position + " would";
    }

    /** What to fix when a task names nobody: no assignee, candidate user or candidate group. */
    static String nobodyNamed(String task) {
        return "the task " + task + " has no assignee, candidate user or candidate group, so nobody was told: assign it"
                + " in the Tasklist, or give its process model's user task a candidate group";
    }

    /** What to fix when nobody is listed in a task's candidate group. */
    static String nobodyListed(String group) {
        return "nobody is listed in the task's candidate group " + group + ": add its people to charter.notification.people"
                + " (person-id, name, email, language, groups: [" + group + "]) and restart the service, or assign the task";
    }
}
