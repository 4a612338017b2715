package org.charter.membership.member;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.NotFound;
import org.charter.platform.event.CommandContext;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.eventstore.AppendResult;
import org.charter.platform.eventstore.EventStore;

/**
 * Members as event streams: one stream per member, named by the member id itself (person and
 * collaborative streams carry a {@code person:}/{@code collaborative:} prefix, which a member id
 * cannot contain, so the names never clash).
 */
public class Members {

    /** A concurrent writer wins at most this many times before the command gives up with 409. */
    private static final int ATTEMPTS = 3;

    private final EventStore store;

    public Members(EventStore store) {
        this.store = store;
    }

    public Optional<Member> find(MemberId id) {
        List<RecordedEvent> recorded = store.load(id.value());
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Member.replay(recorded.stream().map(e -> (MemberEvent) e.data()).toList()));
    }

    public Member get(MemberId id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    public boolean exists(MemberId id) {
        return !store.load(id.value()).isEmpty();
    }

    /** The member's stream as recorded, with envelopes (actor, time, sequence). */
    public List<RecordedEvent> history(MemberId id) {
        List<RecordedEvent> recorded = store.load(id.value());
        if (recorded.isEmpty()) {
            throw notFound(id);
        }
        return recorded;
    }

    /** Appends the registration of a new member; a taken id is a 409. */
    public Changed create(MemberId id, List<MemberEvent> events, CommandContext context) {
        AppendResult result = store.append(id.value(), EventStore.NO_STREAM, events, context);
        if (result instanceof AppendResult.Appended appended) {
            return new Changed(get(id), appended.events());
        }
        throw new Conflict("MEMBER_ALREADY_EXISTS", "a member with id " + id + " is already registered; ids are never reused",
                ((AppendResult.Conflict) result).actualVersion());
    }

    /**
     * Loads the member, lets it decide and appends what it decided at the version it decided on.
     * When another command got there first the decision is taken again on the newer state.
     */
    public Changed change(MemberId id, CommandContext context, Function<Member, List<MemberEvent>> decision) {
        for (int attempt = 1; ; attempt++) {
            Member member = get(id);
            List<MemberEvent> events = decision.apply(member);
            AppendResult result = store.append(id.value(), member.version(), events, context);
            if (result instanceof AppendResult.Appended appended) {
                events.forEach(member::apply);
                return new Changed(member, appended.events());
            }
            if (attempt == ATTEMPTS) {
                throw new Conflict("CONCURRENT_CHANGE", "member " + id + " kept changing while this command was decided;"
                        + " try again", ((AppendResult.Conflict) result).actualVersion());
            }
        }
    }

    static NotFound notFound(MemberId id) {
        return new NotFound("MEMBER_NOT_FOUND", "no member with id " + id + " is registered");
    }

    /** A member after a command, with the events the command recorded. */
    public record Changed(Member member, List<RecordedEvent> events) {
    }
}
