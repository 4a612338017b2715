package org.charter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.notification.delivery.InMemoryDeliveryLog;
import org.charter.notification.email.MailingNotices;
import org.charter.notification.notice.Notice;
import org.charter.notification.notice.NoticeKind;
import org.charter.notification.preference.Preferences;
import org.charter.notification.preference.PreferenceBook;
import org.charter.notification.roll.Recipient;
import org.charter.notification.webhook.DispatchingWebhooks;
import org.charter.notification.webhook.InMemoryWebhooks;
import org.charter.notification.webhook.RetrySchedule;
import org.charter.notification.webhook.WebhookSignature;
import org.charter.notification.webhook.WebhookSubscription;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.InMemoryEventStore;
import org.charter.platform.test.MovableClock;
import org.junit.jupiter.api.Test;

/**
 * Every event type the notification service records, produced by the real domain (a message
 * mailed, a webhook delivery parked), matches its schema in docs/events/notification/.
 */
class NotificationEventSchemasTest {

    private static final Instant START = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void every_notification_event_type_validates_against_its_schema() {
        MovableClock clock = new MovableClock(START);
        InMemoryEventStore store = new InMemoryEventStore(clock, "notification");
        DeliveryFacts facts = new DeliveryFacts(store);
        PreferenceBook defaults = new PreferenceBook() {
            @Override
            public Preferences of(String personId) {
                return Preferences.defaults(personId);
            }

            @Override
            public void save(Preferences preferences) {
            }
        };
        MailingNotices mailing = new MailingNotices(new InMemoryDeliveryLog(), defaults,
                org.charter.notification.email.AddressBook.of(r -> Optional.of(r.personId() + "@example.org")), (notice, address, language) -> { }, facts, clock);
        UUID opened = UUID.randomUUID();
        mailing.deliver(new Notice(opened, "charter.committee.PollOpened.v1", NoticeKind.POLL_OPENED, "m-abcdefghij",
                "m-abcdefghij-1", new Recipient("ca-del", "Ada", "CA", Recipient.Role.DELEGATE), START.plus(Duration.ofDays(7)),
                null, null));
        // the kinds v1 could not name, and a seat holder who sits for no member
        UUID adopted = UUID.randomUUID();
        mailing.deliver(new Notice(adopted, "charter.budget.ProposalAdopted.v1", NoticeKind.BUDGET_ADOPTED, "FY2027-B1",
                "FY2027", new Recipient("tac-expert", "Eve", null, Recipient.Role.SEAT_HOLDER), null, null, null, 3));

        // a task's notice to a secretary, who sits for no member
        UUID task = UUID.randomUUID();
        mailing.deliver(Notice.ofTask(task, "charter.workflow.TaskAssigned.v1", new org.charter.notification.notice.WorkflowFact
                .TaskAssigned("t-1", "Revise the motion", "reviseMotion", "policy-approval", "pi-1", "m-abcdefghij", null,
                List.of("secretary"), List.of(), START, null, "/processes?task=t-1"),
                new Recipient("sam", "Sam Secretary", null, Recipient.Role.CANDIDATE)));

        InMemoryWebhooks webhooks = new InMemoryWebhooks();
        webhooks.add(new WebhookSubscription("wh-1", "ca-del", URI.create("https://hooks.example.org/a"),
                Set.of("charter.committee.PollOpened.v1"), WebhookSignature.newSecret(), START));
        DispatchingWebhooks dispatching = new DispatchingWebhooks(webhooks, webhooks, (url, headers, body) -> 503,
                RetrySchedule.STANDARD, facts, clock);
        dispatching.enqueue(opened, "charter.committee.PollOpened.v1", "{}");
        for (int hour = 0; hour < 30; hour++) {
            dispatching.sendDue(10);
            clock.advance(Duration.ofHours(1));
        }

        List<RecordedEvent> recorded = new ArrayList<>(store.load("notice:" + opened + ":ca-del:EMAIL"));
        recorded.addAll(store.load("notice:" + adopted + ":tac-expert:EMAIL"));
        recorded.addAll(store.load("notice:" + task + ":sam:EMAIL"));
        recorded.addAll(store.load("webhook-delivery:" + opened + ":wh-1"));
        EventSchemas schemas = EventSchemas.inRepository();
        Set<String> types = new TreeSet<>();
        for (RecordedEvent event : recorded) {
            schemas.validate(event);
            types.add(event.type());
        }
        assertThat(recorded).hasSize(4);
        assertThat(types).containsExactly("charter.notification.NoticeSent.v2", "charter.notification.WebhookDeliveryParked.v1");
    }
}
