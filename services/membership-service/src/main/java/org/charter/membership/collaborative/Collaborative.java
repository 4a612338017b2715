package org.charter.membership.collaborative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.charter.membership.collaborative.CollaborativeEvent.CollaborativeCreated;
import org.charter.membership.collaborative.CollaborativeEvent.MemberEnrolled;
import org.charter.membership.collaborative.CollaborativeEvent.MemberLeftCollaborative;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.RuleViolation;

/**
 * A collaborative (DOMAIN §2.4): members enrol per program year with a fee and named
 * participants, and may leave during the year. Collaboratives carry no voting rights. Whether
 * the enrolling member may take part (it exists, is a member rather than a licensee) is checked
 * by {@link EnrollingMembers}, which can see members.
 */
public final class Collaborative implements EventSourced<CollaborativeEvent> {

    /** Collaboratives as event streams ({@code collaborative:<id>}). */
    public static final AggregateKind<CollaborativeId, Collaborative, CollaborativeEvent> KIND =
            AggregateKind.of("collaborative", CollaborativeEvent.class, CollaborativeId::streamId, Collaborative::replay);

    private final CollaborativeId id;
    private String name;
    private String description;
    private final List<Enrolment> enrolments = new ArrayList<>();
    private long version;

    private Collaborative(CollaborativeId id) {
        this.id = id;
    }

    public static List<CollaborativeEvent> create(CollaborativeId id, String name, String description, Instant now) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("COLLABORATIVE_NAME_REQUIRED", "name is required");
        }
        String about = description == null || description.isBlank() ? null : description.strip();
        return List.of(new CollaborativeCreated(id.value(), name.strip(), about, now));
    }

    public static Collaborative replay(List<? extends CollaborativeEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof CollaborativeCreated created)) {
            throw new IllegalStateException("a collaborative stream starts with CollaborativeCreated");
        }
        Collaborative collaborative = new Collaborative(CollaborativeId.of(created.collaborativeId()));
        events.forEach(collaborative::apply);
        return collaborative;
    }

    public List<CollaborativeEvent> enrol(String memberId, ProgramYear year, long feeCents, List<String> participants,
                                          Instant now) {
        if (year == null) {
            throw new RuleViolation("PROGRAM_YEAR_REQUIRED", "programYear is required, e.g. 2025-26");
        }
        if (feeCents < 0) {
            throw new RuleViolation("NEGATIVE_FEE", "feeCents must be zero or more (integer USD cents), not " + feeCents);
        }
        if (!now.isBefore(year.endsAt())) {
            throw new RuleViolation("PROGRAM_YEAR_OVER", "program year " + year + " ended on " + year.lastDay()
                    + "; enrol in a current or future year");
        }
        List<String> named = participants == null ? List.of()
                : participants.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        if (enrolment(memberId, year).isPresent()) {
            throw new Conflict("ALREADY_ENROLLED", "member " + memberId + " is already enrolled in " + id + " for " + year, version);
        }
        return List.of(new MemberEnrolled(id.value(), memberId, year.name(), feeCents, named, now));
    }

    /** Leaving takes effect at {@code effectiveAt} (now when absent), which must fall before the year ends. */
    public List<CollaborativeEvent> leave(String memberId, ProgramYear year, Instant effectiveAt, Instant now) {
        Enrolment enrolment = enrolment(memberId, year).orElseThrow(() -> new NotFound("ENROLMENT_NOT_FOUND",
                "member " + memberId + " is not enrolled in " + id + " for " + year));
        if (enrolment.hasLeft()) {
            throw new Conflict("ALREADY_LEFT", "member " + memberId + " left " + id + " for " + year + " at "
                    + enrolment.leftAt(), version);
        }
        Instant at = effectiveAt == null ? now : effectiveAt;
        if (!at.isBefore(year.endsAt())) {
            throw new RuleViolation("PROGRAM_YEAR_OVER", "effectiveAt " + at + " is after program year " + year
                    + " ended; the enrolment simply ran out");
        }
        if (at.isBefore(enrolment.enrolledAt())) {
            throw new RuleViolation("LEFT_BEFORE_ENROLLED", "effectiveAt " + at + " is before the member enrolled ("
                    + enrolment.enrolledAt() + ")");
        }
        return List.of(new MemberLeftCollaborative(id.value(), memberId, year.name(), at));
    }

    public CollaborativeId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    @Override
    public long version() {
        return version;
    }

    public Optional<Enrolment> enrolment(String memberId, ProgramYear year) {
        return enrolments.stream()
                .filter(e -> e.memberId().equals(memberId) && e.year().equals(year))
                .findFirst();
    }

    /** Everyone enrolled for a program year, including those who left during it, by member id. */
    public List<Enrolment> enrolmentsIn(ProgramYear year) {
        return enrolments.stream()
                .filter(e -> e.year().equals(year))
                .sorted(Comparator.comparing(Enrolment::memberId))
                .toList();
    }

    /** Who takes part at an instant. */
    public List<Enrolment> participantsAt(Instant at) {
        return enrolments.stream()
                .filter(e -> e.activeAt(at))
                .sorted(Comparator.comparing(Enrolment::memberId))
                .toList();
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }

    @Override
    public void apply(CollaborativeEvent event) {
        if (event instanceof CollaborativeCreated created) {
            name = created.name();
            description = created.description();
        } else if (event instanceof MemberEnrolled enrolled) {
            enrolments.add(new Enrolment(enrolled.memberId(), ProgramYear.parse(enrolled.programYear()),
                    enrolled.feeCents(), enrolled.participants(), enrolled.enrolledAt(), null));
        } else if (event instanceof MemberLeftCollaborative left) {
            ProgramYear year = ProgramYear.parse(left.programYear());
            for (int i = 0; i < enrolments.size(); i++) {
                Enrolment e = enrolments.get(i);
                if (e.memberId().equals(left.memberId()) && e.year().equals(year)) {
                    enrolments.set(i, e.leavingAt(left.effectiveAt()));
                }
            }
        }
        version++;
    }
}
