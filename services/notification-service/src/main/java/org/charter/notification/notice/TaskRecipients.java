package org.charter.notification.notice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.charter.notification.notice.WorkflowFact.TaskAssigned;
import org.charter.notification.roll.People;
import org.charter.notification.roll.Person;
import org.charter.notification.roll.Recipient;
import org.charter.notification.roll.Roll;

/**
 * Whom a process's task waits for: its assignee when it has one (only them: the others need not
 * act); else every person listed in one of its candidate groups ({@code charter.notification.people}:
 * membership keeps no groups) and every candidate user, each once. A person is named as the roll
 * (a member's delegate or alternate) or the list knows them; one known nowhere is a recipient
 * still, whose delivery is then recorded as having no address, saying why. A candidate group
 * nobody is listed in is answered as an {@link Recipient#unlistedGroup}: no message can go to it,
 * and its record in the delivery log says which group to list people in. A task that names
 * nobody (no assignee, and no candidate user or group) is answered as a
 * {@link Recipient#noCandidate}, so that its record shows nobody was told.
 */
public final class TaskRecipients {

    private final Roll roll;
    private final People people;

    public TaskRecipients(Roll roll, People people) {
        this.roll = roll;
        this.people = people;
    }

    /** The task's recipients as the roll stands at {@code at}. */
    public List<Recipient> of(TaskAssigned task, Instant at) {
        if (task.assigned()) {
            return List.of(recipient(task.assignee(), Recipient.Role.ASSIGNEE, at));
        }
        Map<String, Recipient> candidates = new LinkedHashMap<>();
        for (String group : task.candidateGroups()) {
            if (group == null || group.isBlank()) {
                continue;
            }
            List<Person> listed = people.inGroup(group);
            if (listed.isEmpty()) {
                Recipient nobody = Recipient.unlistedGroup(group);
                candidates.putIfAbsent(nobody.personId(), nobody);
            }
            for (Person person : listed) {
                candidates.putIfAbsent(person.personId(), recipient(person.personId(), Recipient.Role.CANDIDATE, at));
            }
        }
        for (String user : task.candidateUsers()) {
            if (user != null && !user.isBlank()) {
                candidates.putIfAbsent(user, recipient(user, Recipient.Role.CANDIDATE, at));
            }
        }
        if (candidates.isEmpty()) {
            return List.of(Recipient.noCandidate(task.taskId()));
        }
        return List.copyOf(candidates.values());
    }

    private Recipient recipient(String personId, Recipient.Role role, Instant at) {
        String member = roll.memberOfPerson(personId, at).orElse(null);
        String name = member == null ? null : roll.appointmentsOf(member).recipientsAt(at).stream()
                .filter(r -> r.personId().equals(personId)).map(Recipient::name).findFirst().orElse(null);
        if (name == null) {
            name = people.find(personId).map(Person::name).orElse(null);
        }
        return new Recipient(personId, name, member, role);
    }
}
