package org.charter.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.platform.test.MovableClock;
import org.charter.notification.delivery.Channel;
import org.charter.notification.delivery.DeliveryKey;
import org.charter.notification.delivery.DeliveryStatus;
import org.charter.notification.delivery.InMemoryDeliveryLog;
import org.charter.notification.delivery.NotificationEvent.NoticeSentV2;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.PreferenceBook;
import org.charter.notification.preference.Preferences;
import org.charter.notification.roll.Recipient;
import org.junit.jupiter.api.Test;

class MailingNoticesTest {

    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    private final InMemoryEventStore events = new InMemoryEventStore(Clock.systemUTC(), "notification");
    private final Map<String, Preferences> chosen = new HashMap<>();
    private final PreferenceBook preferences = new PreferenceBook() {
        @Override
        public Preferences of(String personId) {
            return chosen.getOrDefault(personId, Preferences.defaults(personId));
        }

        @Override
        public void save(Preferences p) {
            chosen.put(p.personId(), p);
        }
    };
    private final List<String> sent = new ArrayList<>();
    private boolean serverDown;
    private final Mailer mailer = (notice, address, language) -> {
        if (serverDown) {
            throw new IllegalStateException("connection refused");
        }
        sent.add(address + " " + language + " " + notice.kind());
    };
    private final Contacts contacts = r -> r.personId().equals("nobody") ? Optional.empty() : Optional.of(r.personId() + "@example.org");
    private final MailingNotices mailing = new MailingNotices(log, preferences, AddressBook.of(contacts), mailer, new DeliveryFacts(events),
            new MovableClock(Instant.parse("2026-12-01T12:00:00Z")));

    private final UUID event = UUID.randomUUID();

    @Test
    void a_notice_is_mailed_once_and_recorded_sent() {
        assertThat(mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")))).contains(DeliveryStatus.SENT);
        assertThat(sent).containsExactly("ca-del@example.org EN POLL_OPENED");
        assertThat(log.statuses).containsEntry(new DeliveryKey(event, "ca-del", Channel.EMAIL), DeliveryStatus.SENT);
        assertThat(published()).singleElement().satisfies(fact -> {
            assertThat(fact.sourceEventId()).isEqualTo(event.toString());
            assertThat(fact.personId()).isEqualTo("ca-del");
            assertThat(fact.kind()).isEqualTo("POLL_OPENED");
            assertThat(fact.repeated()).isFalse();
        });
    }

    @Test
    void the_same_event_delivered_again_sends_nothing() {
        mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")));
        assertThat(mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")))).isEmpty();
        assertThat(sent).hasSize(1);
        assertThat(published()).hasSize(1);
    }

    @Test
    void another_recipient_of_the_same_event_gets_their_own_message() {
        mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")));
        mailing.deliver(notice(NoticeKind.POLL_OPENED, alternate("ca-alt")));
        assertThat(sent).containsExactly("ca-del@example.org EN POLL_OPENED", "ca-alt@example.org EN POLL_OPENED");
    }

    @Test
    void a_stop_between_sending_and_recording_repeats_that_one_message_and_says_so() {
        DeliveryKey key = new DeliveryKey(event, "ca-del", Channel.EMAIL);
        log.statuses.put(key, DeliveryStatus.ATTEMPTING);   // sent, then the service stopped before recording

        assertThat(mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")))).contains(DeliveryStatus.SENT);
        assertThat(sent).hasSize(1);
        assertThat(log.repeated).containsEntry(key, true);
        assertThat(published()).singleElement().satisfies(fact -> assertThat(fact.repeated()).isTrue());
        assertThat(mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")))).isEmpty();
        assertThat(sent).hasSize(1);
    }

    @Test
    void a_refusing_mail_server_leaves_the_delivery_to_be_tried_again() {
        serverDown = true;
        assertThatThrownBy(() -> mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del"))))
                .hasMessageContaining("connection refused");
        serverDown = false;
        assertThat(mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")))).contains(DeliveryStatus.SENT);
        assertThat(sent).hasSize(1);
    }

    @Test
    void the_message_is_in_the_recipients_language() {
        preferences.save(new Preferences("ca-del", Language.ES, Set.of()));
        mailing.deliver(notice(NoticeKind.POLL_RESULT, delegate("ca-del")));
        assertThat(sent).containsExactly("ca-del@example.org ES POLL_RESULT");
    }

    @Test
    void a_kind_switched_off_is_not_mailed_and_recorded_as_opted_out() {
        preferences.save(new Preferences("ca-alt", Language.EN, Set.of(NoticeKind.POLL_RESULT, NoticeKind.REMINDER)));
        assertThat(mailing.deliver(notice(NoticeKind.POLL_RESULT, alternate("ca-alt")))).contains(DeliveryStatus.OPTED_OUT);
        assertThat(mailing.deliver(notice(UUID.randomUUID(), NoticeKind.REMINDER, alternate("ca-alt"))))
                .contains(DeliveryStatus.OPTED_OUT);
        assertThat(sent).isEmpty();
    }

    @Test
    void reminders_cannot_be_switched_off_for_the_voting_delegate() {
        preferences.save(new Preferences("ca-del", Language.EN, Set.of(NoticeKind.REMINDER)));
        assertThat(mailing.deliver(notice(NoticeKind.REMINDER, delegate("ca-del")))).contains(DeliveryStatus.SENT);
        assertThat(sent).containsExactly("ca-del@example.org EN REMINDER");
    }

    @Test
    void a_recipient_without_an_address_is_recorded_as_such() {
        assertThat(mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("nobody")))).contains(DeliveryStatus.NO_ADDRESS);
        assertThat(sent).isEmpty();
        assertThat(published()).isEmpty();
    }

    @Test
    void a_delivery_without_an_address_records_why() {
        mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("nobody")));

        assertThat(log.details).containsEntry(new DeliveryKey(event, "nobody", Channel.EMAIL), "membership's contacts of member "
                + delegate("nobody").memberId() + " have no e-mail address for nobody, and charter.notification.people does not"
                + " list them");
    }

    @Test
    void a_task_notice_to_a_candidate_group_nobody_is_listed_in_sends_nothing_and_records_what_to_fix_once() {
        Notice toNobody = notice(NoticeKind.TASK_ASSIGNED, Recipient.unlistedGroup("treasurer"));
        DeliveryKey key = new DeliveryKey(event, "group:treasurer", Channel.EMAIL);

        assertThat(mailing.deliver(toNobody)).contains(DeliveryStatus.NO_RECIPIENT);
        assertThat(mailing.deliver(toNobody)).isEmpty();

        assertThat(sent).isEmpty();
        assertThat(log.statuses).containsExactly(Map.entry(key, DeliveryStatus.NO_RECIPIENT));
        assertThat(log.details.get(key)).isEqualTo("nobody is listed in the task's candidate group treasurer: add its people to"
                + " charter.notification.people (person-id, name, email, language, groups: [treasurer]) and restart the service,"
                + " or assign the task");
        assertThat(events.load("notice:" + event + ":group:treasurer:EMAIL")).isEmpty();
        assertThat(DeliveryStatus.NO_RECIPIENT.undeliverable()).isTrue();
    }

    @Test
    void a_task_notice_naming_nobody_sends_nothing_and_records_what_to_fix_once() {
        Notice toNobody = notice(NoticeKind.TASK_ASSIGNED, Recipient.noCandidate("t-9"));
        DeliveryKey key = new DeliveryKey(event, "nobody:t-9", Channel.EMAIL);

        assertThat(mailing.deliver(toNobody)).contains(DeliveryStatus.NO_RECIPIENT);
        assertThat(mailing.deliver(toNobody)).isEmpty();

        assertThat(sent).isEmpty();
        assertThat(log.statuses).containsExactly(Map.entry(key, DeliveryStatus.NO_RECIPIENT));
        assertThat(log.details.get(key)).isEqualTo("the task t-9 has no assignee, candidate user or candidate group, so nobody"
                + " was told: assign it in the Tasklist, or give its process model's user task a candidate group");
        assertThat(events.load("notice:" + event + ":nobody:t-9:EMAIL")).isEmpty();
    }

    @Test
    void a_budget_escalation_with_no_chair_seated_sends_nothing_and_records_the_vacancy_once() {
        Notice toNobody = notice(NoticeKind.BUDGET_ESCALATED, Recipient.vacantSeat("EXECUTIVE_COMMITTEE", "CHAIR"));
        DeliveryKey key = new DeliveryKey(event, "vacant:EXECUTIVE_COMMITTEE/CHAIR", Channel.EMAIL);

        assertThat(mailing.deliver(toNobody)).contains(DeliveryStatus.NO_RECIPIENT);
        assertThat(mailing.deliver(toNobody)).isEmpty();

        assertThat(sent).isEmpty();
        assertThat(log.statuses).containsExactly(Map.entry(key, DeliveryStatus.NO_RECIPIENT));
        assertThat(log.details.get(key)).isEqualTo("nobody holds the Executive Committee's CHAIR seat when the notice was due,"
                + " so nobody was told: seat its holder (committee roster or election) and tell them, or act as the CHAIR would");
    }

    @Test
    void a_budget_escalation_reaches_the_chair_even_if_they_switched_the_kind_off() {
        Recipient chair = new Recipient("chair-ca", "Cam", "CA", Recipient.Role.SEAT_HOLDER);
        chosen.put("chair-ca", new Preferences("chair-ca", Language.ES, Set.of(NoticeKind.BUDGET_ESCALATED, NoticeKind.POLL_OPENED)));

        assertThat(mailing.deliver(notice(NoticeKind.BUDGET_ESCALATED, chair))).contains(DeliveryStatus.SENT);
        assertThat(mailing.deliver(notice(UUID.randomUUID(), NoticeKind.POLL_OPENED, chair))).contains(DeliveryStatus.OPTED_OUT);
        assertThat(sent).containsExactly("chair-ca@example.org ES BUDGET_ESCALATED");
    }

    @Test
    void a_message_sent_after_its_fact_was_recorded_publishes_the_fact_once() {
        DeliveryKey key = new DeliveryKey(event, "ca-del", Channel.EMAIL);
        mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")));
        log.statuses.put(key, DeliveryStatus.ATTEMPTING);   // the fact recorded, then a stop before the log's record
        mailing.deliver(notice(NoticeKind.POLL_OPENED, delegate("ca-del")));
        assertThat(sent).hasSize(2);
        assertThat(published()).hasSize(1);
    }

    private List<NoticeSentV2> published() {
        return events.load("notice:" + event + ":ca-del:EMAIL").stream().map(e -> (NoticeSentV2) e.data()).toList();
    }

    private Notice notice(NoticeKind kind, Recipient recipient) {
        return notice(event, kind, recipient);
    }

    private static Notice notice(UUID event, NoticeKind kind, Recipient recipient) {
        return new Notice(event, "charter.committee.PollOpened.v1", kind, "m-abcdefghij", "m-abcdefghij-1", recipient,
                null, null, kind == NoticeKind.POLL_RESULT ? "ADOPTED" : null);
    }

    private static Recipient delegate(String person) {
        return new Recipient(person, person, "CA", Recipient.Role.DELEGATE);
    }

    private static Recipient alternate(String person) {
        return new Recipient(person, person, "CA", Recipient.Role.ALTERNATE);
    }
}
