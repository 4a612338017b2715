package org.charter.membership.member;

import java.util.List;
import org.charter.platform.aggregate.EventSourcedRepository;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;

/**
 * Members as event streams, one per member, named by the member id itself (person and
 * collaborative streams carry a {@code person:}/{@code collaborative:} prefix, which a member id
 * cannot contain, so the names never clash).
 */
public final class Members extends EventSourcedRepository<MemberId, Member, MemberEvent> {

    public Members(EventStreams streams, List<? extends ReadModel<? super Member>> readModels) {
        super(Member.KIND, streams, readModels);
    }

    public Members(EventStreams streams) {
        this(streams, List.of());
    }
}
