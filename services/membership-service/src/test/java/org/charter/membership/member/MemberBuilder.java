package org.charter.membership.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.charter.membership.representative.Person;

/** Test data: {@code aMember().governing().active().build()} — a member built by its own commands. */
public final class MemberBuilder {

    public static final Instant APPLIED = Instant.parse("2020-01-15T17:00:00Z");
    public static final Instant ADMITTED = Instant.parse("2020-03-01T08:00:00Z");
    public static final Instant NOW = Instant.parse("2025-11-25T12:00:00Z");

    private String id = "CA";
    private String name = "California";
    private MemberKind kind = MemberKind.STATE;
    private Tier tier = Tier.GOVERNING;
    private MemberStatus status = MemberStatus.APPLICANT;
    private Person delegate;
    private final List<Person> alternates = new ArrayList<>();

    public static MemberBuilder aMember() {
        return new MemberBuilder();
    }

    public MemberBuilder id(String id) {
        this.id = id;
        return this;
    }

    public MemberBuilder named(String name) {
        this.name = name;
        return this;
    }

    public MemberBuilder kind(MemberKind kind) {
        this.kind = kind;
        return this;
    }

    public MemberBuilder governing() {
        tier = Tier.GOVERNING;
        return this;
    }

    public MemberBuilder affiliate() {
        tier = Tier.AFFILIATE;
        return this;
    }

    public MemberBuilder licensee() {
        tier = Tier.LICENSEE;
        return this;
    }

    public MemberBuilder applicant() {
        status = MemberStatus.APPLICANT;
        return this;
    }

    public MemberBuilder active() {
        status = MemberStatus.ACTIVE;
        return this;
    }

    public MemberBuilder suspended() {
        status = MemberStatus.SUSPENDED;
        return this;
    }

    public MemberBuilder withdrawn() {
        status = MemberStatus.WITHDRAWN;
        return this;
    }

    public MemberBuilder withDelegate(String personId) {
        delegate = Person.of(personId, "Delegate " + personId);
        return this;
    }

    public MemberBuilder withAlternate(String personId) {
        alternates.add(Person.of(personId, "Alternate " + personId));
        return this;
    }

    public List<MemberEvent> events() {
        MemberId memberId = MemberId.of(id);
        List<MemberEvent> events = new ArrayList<>(Member.register(memberId, name, kind, tier, APPLIED, NOW));
        Member member = Member.replay(events);
        if (status != MemberStatus.APPLICANT) {
            record(member, events, member.admit(ruling(ADMITTED), NOW));
        }
        if (delegate != null) {
            record(member, events, member.appointDelegate(delegate, ruling(ADMITTED.plusSeconds(60)), NOW));
        }
        if (!alternates.isEmpty()) {
            record(member, events, member.appointAlternates(alternates, ruling(ADMITTED.plusSeconds(120)), NOW));
        }
        if (status == MemberStatus.SUSPENDED) {
            record(member, events, member.suspend("unpaid fees", ruling(Instant.parse("2024-01-10T00:00:00Z")), NOW));
        }
        if (status == MemberStatus.WITHDRAWN) {
            record(member, events, member.withdraw(new Ruling(Instant.parse("2024-03-01T00:00:00Z"),
                    Instant.parse("2024-06-30T07:00:00Z"), DecisionRef.notice("letter of 2024-03-01")), NOW));
        }
        return events;
    }

    public Member build() {
        return Member.replay(events());
    }

    public static Ruling ruling(Instant at) {
        return Ruling.immediate(at, DecisionRef.minutes("GB minutes " + at));
    }

    private static void record(Member member, List<MemberEvent> events, List<MemberEvent> decided) {
        decided.forEach(member::apply);
        events.addAll(decided);
    }
}
