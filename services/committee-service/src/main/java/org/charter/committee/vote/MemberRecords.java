package org.charter.committee.vote;

import java.util.Optional;
import org.charter.membershiproll.member.MemberRecord;

/** Where a vote finds what the committee's roll knows of the member it is cast for. */
@FunctionalInterface
public interface MemberRecords {

    Optional<MemberRecord> member(String memberId);
}
