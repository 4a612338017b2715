package org.charter.membershiproll.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MemberStatus;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.membershiproll.member.Roll;
import org.charter.membershiproll.member.Tier;

/**
 * The roll for unit tests, built fact by fact as membership would record them:
 * {@code roll.add("CA").governing(t0).delegate("ca-del", t0).alternates(t0, "ca-alt")}.
 * Each fact is recorded at its effective instant unless {@code recordedAt} says otherwise.
 */
public final class InMemoryRoll implements Roll {

    private final Map<String, Entry> members = new TreeMap<>();

    /** The member's facts so far, to add to (a new member when unknown). */
    public Entry add(String id) {
        return members.computeIfAbsent(id, Entry::new);
    }

    /** {@code count} GOVERNING members M1..Mn, ACTIVE from {@code since}, each with delegate mN-del and alternate mN-alt. */
    public InMemoryRoll board(int count, Instant since) {
        for (int i = 1; i <= count; i++) {
            add("M" + i).governing(since).delegate("m" + i + "-del", since).alternates(since, "m" + i + "-alt");
        }
        return this;
    }

    @Override
    public Optional<MemberRecord> member(String memberId) {
        return Optional.ofNullable(members.get(memberId)).map(Entry::record);
    }

    @Override
    public List<MemberRecord> members() {
        return members.values().stream().map(Entry::record).toList();
    }

    @Override
    public List<String> votingMembersAt(Instant at, Instant knownAt) {
        return members().stream().filter(r -> r.hadVotingRightsAt(at, knownAt)).map(MemberRecord::id).toList();
    }

    @Override
    public Optional<MemberRecord> memberOfPerson(String personId, Instant at) {
        return members().stream().filter(r -> !r.rolesOf(personId, at).isEmpty()).findFirst();
    }

    /** One member's facts. */
    public static final class Entry {
        private final String id;
        private final List<MemberRecord.Standing> standings = new ArrayList<>();
        private final List<MemberRecord.Delegation> delegates = new ArrayList<>();
        private final List<MemberRecord.Alternates> alternates = new ArrayList<>();
        private final List<MemberRecord.Representation> representatives = new ArrayList<>();

        Entry(String id) {
            this.id = id;
        }

        public Entry standing(MemberStatus status, Tier tier, Instant effectiveAt, Instant recordedAt) {
            boolean rights = status == MemberStatus.ACTIVE && tier == Tier.GOVERNING;
            standings.add(new MemberRecord.Standing(effectiveAt, recordedAt, status, tier, rights));
            return this;
        }

        public Entry governing(Instant from) {
            return standing(MemberStatus.ACTIVE, Tier.GOVERNING, from, from);
        }

        public Entry affiliate(Instant from) {
            return standing(MemberStatus.ACTIVE, Tier.AFFILIATE, from, from);
        }

        public Entry applicant(Tier tier, Instant from) {
            return standing(MemberStatus.APPLICANT, tier, from, from);
        }

        public Entry suspended(Instant effectiveAt, Instant recordedAt) {
            return standing(MemberStatus.SUSPENDED, Tier.GOVERNING, effectiveAt, recordedAt);
        }

        public Entry delegate(String personId, Instant from) {
            delegates.add(new MemberRecord.Delegation(from, from, personId));
            return this;
        }

        public Entry alternates(Instant from, String... personIds) {
            alternates.add(MemberRecord.Alternates.of(from, from, Arrays.asList(personIds)));
            return this;
        }

        public Entry representative(RepresentativeRole role, String personId, Instant from) {
            representatives.add(new MemberRecord.Representation(from, from, role, personId, true));
            return this;
        }

        MemberRecord record() {
            return new MemberRecord(id, id, standings, delegates, alternates, representatives);
        }
    }
}
