package org.charter.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.charter.audit.replay.adapter.StateJson;
import org.charter.platform.aggregate.EventSourced;
import org.charter.platform.event.DomainEvent;
import org.charter.platform.event.UnreadableEvent;
import org.junit.jupiter.api.Test;

/**
 * Rebuilding every stream of a kind from one read of the whole history, streams interleaved, or
 * from a read in subject order one stream at a time (re-tally's), gives each stream exactly what
 * {@link ReplayKind#rebuild} gives it from its own events.
 */
class ReplayStreamsTest {

    private final Script script = Governance.script(StateJson::of);

    @Test
    void every_stream_of_a_messy_history_is_rebuilt_as_rebuild_rebuilds_it_at_every_instant() {
        List<HistoricalEvent> messy = new ArrayList<>(script.events());
        messy.sort(Comparator.comparing(HistoricalEvent::time).thenComparing(HistoricalEvent::subject).reversed());
        messy.addAll(script.events()); // every event delivered twice, the second time in order

        TreeSet<Instant> instants = new TreeSet<>();
        for (HistoricalEvent e : script.events()) {
            instants.addAll(List.of(e.time(), e.time().minusMillis(1)));
        }
        instants.add(Instant.MAX);
        for (ReplayKind<?, ?, ?> kind : List.of(ReplayKinds.MOTION, ReplayKinds.MEMBER, ReplayKinds.VOTE)) {
            int rebuiltSomewhere = 0;
            for (Instant at : instants) {
                Map<String, Object> all = allAt(kind, messy, at);
                Map<String, Object> each = eachAt(kind, messy, at);
                assertThat(all).as("%s at %s", kind, at).isEqualTo(each);
                rebuiltSomewhere += all.size();
            }
            assertThat(rebuiltSomewhere).as("%s has streams in the script", kind).isPositive();
        }
    }

    @Test
    void an_event_that_cannot_be_read_fails_when_it_arrives_and_one_of_another_kind_is_passed_over() {
        ReplayKind<?, ?, ?>.Streams streams = ReplayKinds.VOTE.streams(Instant.MAX);
        streams.add(new HistoricalEvent("e-1", "charter.membership.MemberAdmitted.v1", "member:X", Governance.JAN, 1, "{}"));
        assertThat(streams.size()).isZero();

        assertThatThrownBy(() -> streams.add(new HistoricalEvent("e-2", "charter.committee.VoteCast.v1", "vote:m-x-1:M1",
                Governance.JAN, 1, "{\"pollId\":")))
                .isInstanceOf(UnreadableEvent.class);
    }

    @Test
    void a_history_read_in_subject_order_is_gathered_one_stream_at_a_time_as_each_stream_alone() {
        List<HistoricalEvent> bySubject = new ArrayList<>(script.events());
        bySubject.addAll(script.events()); // redelivered copies
        bySubject.sort(Comparator.comparing(HistoricalEvent::subject)); // stable: each stream's events as recorded
        for (ReplayKind<?, ?, ?> kind : List.of(ReplayKinds.MOTION, ReplayKinds.MEMBER, ReplayKinds.VOTE)) {
            assertThat(consecutive(kind, bySubject)).as("%s", kind).isEqualTo(eachAt(kind, bySubject, Instant.MAX)).isNotEmpty();
        }
    }

    @Test
    void an_unreadable_event_read_in_subject_order_is_its_streams_failure_and_the_next_stream_is_still_rebuilt() {
        HistoricalEvent broken = new HistoricalEvent("e-2", "charter.committee.VoteCast.v1", "vote:m-x-1:M1", Governance.JAN, 1,
                "{\"pollId\":");
        List<HistoricalEvent> history = new ArrayList<>(List.of(broken));
        script.events().stream().filter(ReplayKinds.VOTE::owns).forEach(history::add);
        history.sort(Comparator.comparing(HistoricalEvent::subject));

        List<String> failed = new ArrayList<>();
        int rebuilt = 0;
        for (ReplayKind<?, ?, ?>.Gathered stream : ReplayKinds.VOTE.consecutive(history.stream(), Instant.MAX)) {
            try {
                stream.rebuilt().orElseThrow();
                rebuilt++;
            } catch (UnreadableEvent e) {
                failed.add(stream.subject());
            }
        }
        assertThat(failed).containsExactly("vote:m-x-1:M1");
        assertThat(rebuilt).isPositive();
    }

    @Test
    void a_kind_reads_its_own_context_of_a_history() {
        List<String> asked = new ArrayList<>();
        ReplayKinds.VOTE.streams(Instant.MAX).read(context -> {
            asked.add(context);
            return script.events().stream();
        });
        assertThat(asked).containsExactly("committee");
    }

    private static <I, A extends EventSourced<E>, E extends DomainEvent> Map<String, Object> consecutive(
            ReplayKind<I, A, E> kind, List<HistoricalEvent> bySubject) {
        Map<String, Object> rebuilt = new HashMap<>();
        for (ReplayKind<I, A, E>.Gathered stream : kind.consecutive(bySubject.stream(), Instant.MAX)) {
            stream.rebuilt().ifPresent(aggregate -> rebuilt.put(stream.subject(), state(aggregate)));
        }
        return rebuilt;
    }

    private static <I, A extends EventSourced<E>, E extends DomainEvent> Map<String, Object> allAt(
            ReplayKind<I, A, E> kind, List<HistoricalEvent> history, Instant at) {
        ReplayKind<I, A, E>.Streams streams = kind.streams(at);
        history.forEach(streams::add);
        Map<String, Object> rebuilt = new HashMap<>();
        streams.forEachRebuilt((subject, aggregate) -> rebuilt.put(subject, state(aggregate)));
        return rebuilt;
    }

    private static <I, A extends EventSourced<E>, E extends DomainEvent> Map<String, Object> eachAt(
            ReplayKind<I, A, E> kind, List<HistoricalEvent> history, Instant at) {
        Map<String, List<HistoricalEvent>> bySubject = new HashMap<>();
        history.stream().filter(kind::owns).forEach(e -> bySubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e));
        Map<String, Object> rebuilt = new HashMap<>();
        bySubject.forEach((subject, events) -> {
            kind.rebuild(events, at).ifPresent(aggregate -> rebuilt.put(subject, state(aggregate)));
        });
        return rebuilt;
    }

    private static Object state(EventSourced<?> aggregate) {
        return List.of(aggregate.version(), StateJson.of(aggregate));
    }
}
