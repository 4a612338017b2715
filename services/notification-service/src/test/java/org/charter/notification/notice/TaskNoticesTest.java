package org.charter.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.charter.membershiproll.member.MembershipFact;
import org.charter.notification.notice.WorkflowFact.TaskAssigned;
import org.charter.notification.preference.Language;
import org.charter.notification.roll.Appointments;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Person;
import org.charter.notification.roll.Recipient;
import org.charter.notification.roll.Roll;
import org.charter.notification.seat.InMemorySeats;
import org.charter.platform.event.Actor;
import org.charter.platform.event.RecordedEvent;
import org.junit.jupiter.api.Test;

/** Whom a process's task waits for: its assignee, else its candidate groups' listed people and its candidate users. */
class TaskNoticesTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<String, Appointments> members = new HashMap<>(Map.of("CA", new Appointments("CA",
            List.of(new Appointments.DelegateTerm(SINCE, "ca-del", "Carla Delegate")),
            List.of(new Appointments.AlternatesTerm(SINCE, List.of(new MembershipFact.Appointee("ca-alt1", "Carl Alternate")))))));
    private final Roll roll = new Roll() {
        @Override
        public Appointments appointmentsOf(String memberId) {
            return members.getOrDefault(memberId, Appointments.none(memberId));
        }

        @Override
        public List<String> votingMembersAt(Instant at) {
            return List.of("CA");
        }

        @Override
        public Optional<String> memberOfPerson(String personId, Instant at) {
            return members.values().stream().filter(a -> a.recipientsAt(at).stream().anyMatch(r -> r.personId().equals(personId)))
                    .map(Appointments::memberId).findFirst();
        }
    };
    private final People people = new People(List.of(
            new Person("sam", "Sam Secretary", "sam@charter.localhost", Language.EN, List.of("secretary")),
            new Person("sol", "Sol Secretaria", "sol@charter.localhost", Language.ES, List.of("secretary", "admin")),
            new Person("eve", "Eve Expert", "eve@experts.test", Language.EN, List.of("tac"))));
    private final TaskRecipients recipients = new TaskRecipients(roll, people);

    @Test
    void an_assigned_task_goes_to_its_assignee_alone() {
        TaskAssigned task = task("sam", List.of("secretary"), List.of("ca-del"));

        assertThat(recipients.of(task, AT)).containsExactly(new Recipient("sam", "Sam Secretary", null, Recipient.Role.ASSIGNEE));
    }

    @Test
    void an_assignee_who_represents_a_member_is_named_as_the_roll_names_them_with_their_member() {
        assertThat(recipients.of(task("ca-alt1", List.of(), List.of()), AT))
                .containsExactly(new Recipient("ca-alt1", "Carl Alternate", "CA", Recipient.Role.ASSIGNEE));
    }

    @Test
    void an_unassigned_task_goes_to_everyone_listed_in_its_candidate_groups_and_to_its_candidate_users_once_each() {
        TaskAssigned task = task(null, List.of("secretary", "admin"), List.of("ca-del", "sol", "eve"));

        assertThat(recipients.of(task, AT)).containsExactly(
                new Recipient("sam", "Sam Secretary", null, Recipient.Role.CANDIDATE),
                new Recipient("sol", "Sol Secretaria", null, Recipient.Role.CANDIDATE),
                new Recipient("ca-del", "Carla Delegate", "CA", Recipient.Role.CANDIDATE),
                new Recipient("eve", "Eve Expert", null, Recipient.Role.CANDIDATE));
    }

    @Test
    void a_group_nobody_is_listed_in_is_answered_as_that_group_so_that_its_delivery_shows_the_gap() {
        assertThat(recipients.of(task(null, List.of("treasurer", "secretary", "treasurer"), List.of("eve")), AT)).containsExactly(
                new Recipient("group:treasurer", "treasurer", null, Recipient.Role.UNLISTED_GROUP),
                new Recipient("sam", "Sam Secretary", null, Recipient.Role.CANDIDATE),
                new Recipient("sol", "Sol Secretaria", null, Recipient.Role.CANDIDATE),
                new Recipient("eve", "Eve Expert", null, Recipient.Role.CANDIDATE));
        assertThat(Recipient.unlistedGroup("treasurer").isPerson()).isFalse();
    }

    @Test
    void a_task_naming_nobody_is_answered_as_nobody_so_that_its_delivery_shows_nobody_was_told() {
        assertThat(recipients.of(task(null, List.of(), List.of()), AT))
                .containsExactly(new Recipient("nobody:t-1", "t-1", null, Recipient.Role.NO_CANDIDATE));
        // blank names are no candidates either
        assertThat(recipients.of(task(" ", List.of(""), List.of(" ")), AT))
                .containsExactly(Recipient.noCandidate("t-1"));
        assertThat(Recipient.noCandidate("t-1").isPerson()).isFalse();
    }

    @Test
    void an_assigned_task_reaches_its_assignee_even_when_its_groups_are_unlisted() {
        assertThat(recipients.of(task("sam", List.of("treasurer"), List.of()), AT)).extracting(Recipient::role)
                .containsExactly(Recipient.Role.ASSIGNEE);
    }

    @Test
    void a_person_known_nowhere_is_still_a_recipient_without_name_or_member() {
        assertThat(recipients.of(task("nobody.known", List.of("secretary"), List.of()), AT))
                .containsExactly(new Recipient("nobody.known", null, null, Recipient.Role.ASSIGNEE));
    }

    @Test
    void the_task_event_makes_one_task_notice_per_recipient_about_the_task() {
        Noticing noticing = new Noticing(roll, new InMemoryPolls(), new InMemorySeats(), people);
        TaskAssigned task = task(null, List.of("secretary"), List.of());
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), "charter.workflow.TaskAssigned.v1", "task:t-1", 1, AT, "c-1",
                null, Actor.SYSTEM, task);

        List<Notice> notices = noticing.noticesOf(event);

        assertThat(notices).extracting(n -> n.recipient().personId()).containsExactly("sam", "sol");
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.TASK_ASSIGNED);
            assertThat(n.eventId()).isEqualTo(event.id());
            assertThat(n.subject()).isEqualTo("t-1");
            assertThat(n.motionId()).isEqualTo("m-abcdefghij");
            assertThat(n.closesAt()).isEqualTo(task.due());
            assertThat(n.task()).isEqualTo(task);
        });
    }

    @Test
    void the_processes_other_milestones_make_no_notice() {
        Noticing noticing = new Noticing(roll, new InMemoryPolls(), new InMemorySeats(), people);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), "charter.workflow.EcElectionEnded.v1", "ec:e-1", 1, AT, "c-1",
                null, Actor.SYSTEM, new WorkflowFact.EcElectionEnded());

        assertThat(noticing.noticesOf(event)).isEmpty();
    }

    static TaskAssigned task(String assignee, List<String> groups, List<String> users) {
        return new TaskAssigned("t-1", "Revise the motion", "reviseMotion", "policy-approval", "pi-1", "m-abcdefghij", assignee,
                groups, users, AT, AT.plusSeconds(3 * 24 * 3600), "/processes?task=t-1");
    }
}
