package org.charter.committee.vote.adapter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MembershipFact;
import org.charter.membershiproll.member.Roll;
import org.charter.committee.vote.MemberRecords;
import org.charter.platform.event.RecordedEvent;

/**
 * The roll's member records as the vote path reads them: kept for a short while, so a delegate
 * voting on many polls costs one read of the roll, not one a vote. A record is effective-dated,
 * so one read earlier still answers for later instants (a suspension recorded ahead of its
 * {@code effectiveAt} refuses the votes after it, DOMAIN §1.5); what it cannot know is a fact
 * recorded after it was read. Such a fact is applied by this process's roll projection, which
 * {@linkplain #changed tells} this cache right after its write, so the next vote reads the member
 * again; a fact applied by another replica's projection is seen after {@code ttl} at the latest.
 */
public class RecentMemberRecords implements MemberRecords {

    private final Roll roll;
    private final Cache<String, Optional<MemberRecord>> records;

    public RecentMemberRecords(Roll roll, Duration ttl) {
        this.roll = roll;
        this.records = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public Optional<MemberRecord> member(String memberId) {
        return records.get(memberId, roll::member);
    }

    /** The roll projection applied {@code event}: its member is read again at its next vote. */
    public void changed(RecordedEvent event) {
        if (event.data() instanceof MembershipFact fact && fact.memberId() != null) {
            // an invalidation waits for a read of the same member under way, then removes what it read
            records.invalidate(fact.memberId());
        }
    }
}
