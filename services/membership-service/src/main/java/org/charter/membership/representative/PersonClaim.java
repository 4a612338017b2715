package org.charter.membership.representative;

import java.util.List;
import java.util.Optional;
import org.charter.platform.aggregate.AggregateKind;
import org.charter.platform.aggregate.EventSourced;

/**
 * Which member a person was last claimed by. The claim is a lock, not the truth: the member's
 * own stream says whether the person still holds a role there, so a claim left behind by an
 * appointment that never made it to the member's stream (or whose terms have since ended) does
 * not block the person forever.
 */
public final class PersonClaim implements EventSourced<PersonClaimed> {

    /** Person claims as event streams ({@code person:<id>}). */
    public static final AggregateKind<PersonId, PersonClaim, PersonClaimed> KIND =
            AggregateKind.of("person claim", PersonClaimed.class, PersonClaim::streamId,
                    events -> replay(PersonId.of(events.get(0).personId()), events));

    private final PersonId person;
    private String memberId;
    private long version;

    private PersonClaim(PersonId person) {
        this.person = person;
    }

    public static String streamId(PersonId person) {
        return "person:" + person.value();
    }

    /** A person nobody has claimed yet: its stream does not exist. */
    public static PersonClaim unclaimed(PersonId person) {
        return new PersonClaim(person);
    }

    public static PersonClaim replay(PersonId person, List<PersonClaimed> events) {
        PersonClaim claim = new PersonClaim(person);
        events.forEach(claim::apply);
        return claim;
    }

    /** The member that last claimed the person, if any. */
    public Optional<String> memberId() {
        return Optional.ofNullable(memberId);
    }

    public boolean isClaimedBy(String member) {
        return member.equals(memberId);
    }

    @Override
    public long version() {
        return version;
    }

    /** The claim event for a member, or nothing when that member holds it already. */
    public List<PersonClaimed> claimFor(String member, RepresentativeRole role) {
        if (isClaimedBy(member)) {
            return List.of();
        }
        return List.of(new PersonClaimed(person.value(), member, role, memberId));
    }

    @Override
    public void apply(PersonClaimed event) {
        memberId = event.memberId();
        version++;
    }
}
