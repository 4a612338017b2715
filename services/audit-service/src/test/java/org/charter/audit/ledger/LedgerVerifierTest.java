package org.charter.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.audit.ledger.Events.event;
import static org.charter.audit.ledger.Events.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.charter.audit.ledger.Verification.Broken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each way of tampering with the stored ledger is detected, named and located at its first broken entry. */
class LedgerVerifierTest {

    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final LedgerVerifier verifier = new LedgerVerifier(store);

    @BeforeEach
    void tenEntriesInTwoCheckpointsAndATail() {
        new Ledger(store, 4).append(events(0, 10));
    }

    @Test
    void an_untouched_ledger_verifies() {
        assertThat(verifier.verify()).isEqualTo(Verification.intact(10));
    }

    @Test
    void an_untouched_ledger_is_walked_as_two_halves_split_at_the_middle_checkpoint() {
        assertThat(verifier.verify()).isEqualTo(Verification.intact(10));
        assertThat(store.halvesRead).containsExactlyInAnyOrder("upTo 4", "after 4");
    }

    @Test
    void an_event_changed_in_the_later_half_is_altered_at_its_entry() {
        LedgerEntry e = store.at(9).orElseThrow();
        store.entries.put(9L, with(e, e.event() + " ", e.eventHash(), e.offset()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(9L, e.eventId(), Problem.ALTERED);
    }

    @Test
    void a_problem_in_each_half_is_reported_at_the_first() {
        LedgerEntry late = store.at(9).orElseThrow();
        store.entries.put(9L, with(late, late.event() + " ", late.eventHash(), late.offset()));
        store.entries.remove(3L);

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(3L, Problem.MISSING);
    }

    @Test
    void an_entry_stored_at_a_position_before_the_first_is_not_left_out_by_the_halves() {
        LedgerEntry first = store.at(1).orElseThrow();
        store.entries.put(0L, new LedgerEntry(0, first.eventId(), first.topic(), first.partition(), first.offset(), first.type(),
                first.subject(), first.time(), first.event(), first.eventHash(), first.previousHash(), first.hash()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(0L, Problem.INSERTED);
    }

    @Test
    void a_seam_entry_changed_after_the_later_half_started_from_it_is_not_clean() {
        // the later half starts from the hash the entry at the seam states; the first half must end on that same hash
        LedgerEntry seam = store.at(4).orElseThrow();
        store.entries.put(4L, with(seam, seam.event() + " ", seam.eventHash(), seam.offset()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(4L, Problem.ALTERED);
    }

    @Test
    void an_empty_ledger_verifies() {
        assertThat(new LedgerVerifier(new InMemoryLedgerStore()).verify()).isEqualTo(Verification.intact(0));
    }

    @Test
    void an_event_changed_in_place_is_altered_at_its_entry() {
        LedgerEntry e = store.at(6).orElseThrow();
        store.entries.put(6L, with(e, e.event().replace("\"n\":5", "\"n\":50"), e.eventHash(), e.offset()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(6L, e.eventId(), Problem.ALTERED);
    }

    @Test
    void an_event_changed_with_its_event_hash_recomputed_is_altered_by_the_seal() {
        LedgerEntry e = store.at(3).orElseThrow();
        String forged = e.event().replace("\"n\":2", "\"n\":20");
        store.entries.put(3L, with(e, forged, Sha256.hex(forged), e.offset()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(3L, Problem.ALTERED);
    }

    @Test
    void a_changed_kafka_offset_is_altered() {
        LedgerEntry e = store.at(2).orElseThrow();
        store.entries.put(2L, with(e, e.event(), e.eventHash(), e.offset() + 100));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(2L, Problem.ALTERED);
    }

    @Test
    void a_stored_copy_of_the_events_subject_time_or_type_changed_with_every_hash_intact_is_altered_at_its_entry() {
        LedgerEntry e = store.at(6).orElseThrow();
        List<LedgerEntry> changed = List.of(
                new LedgerEntry(e.position(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), "M-9", e.time(),
                        e.event(), e.eventHash(), e.previousHash(), e.hash()),
                new LedgerEntry(e.position(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), e.subject(),
                        e.time().minusSeconds(86_400), e.event(), e.eventHash(), e.previousHash(), e.hash()),
                new LedgerEntry(e.position(), e.eventId(), e.topic(), e.partition(), e.offset(), "charter.membership.MemberRemoved.v1",
                        e.subject(), e.time(), e.event(), e.eventHash(), e.previousHash(), e.hash()));

        for (LedgerEntry copy : changed) {
            store.entries.put(6L, copy);
            assertThat(verifier.verify().firstBroken()).as(copy.toString())
                    .extracting(Broken::position, Broken::eventId, Broken::problem)
                    .containsExactly(6L, e.eventId(), Problem.ALTERED);
        }
        store.entries.put(6L, e);
        assertThat(verifier.verify()).isEqualTo(Verification.intact(10));
    }

    @Test
    void a_deleted_entry_leaves_a_gap_that_is_missing_at_its_position() {
        store.entries.remove(5L);

        Verification v = verifier.verify();
        assertThat(v.ok()).isFalse();
        assertThat(v.entries()).isEqualTo(9);
        assertThat(v.firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(5L, null, Problem.MISSING);
    }

    @Test
    void a_deleted_entry_with_the_later_ones_renumbered_is_missing_at_its_position() {
        store.entries.remove(7L);
        store.renumberFrom(8, -1);

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(7L, null, Problem.MISSING);
    }

    @Test
    void the_last_entries_deleted_are_missing_by_the_checkpoint_that_covered_them() {
        store.entries.remove(10L);
        store.entries.remove(9L);
        store.entries.remove(8L);

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(8L, Problem.MISSING);
    }

    @Test
    void an_entry_inserted_with_a_valid_seal_is_inserted_where_the_chain_skips_it() {
        LedgerEntry before = store.at(4).orElseThrow();
        store.renumberFrom(5, +1);
        store.entries.put(5L, LedgerEntry.chain(5, event(99), before.hash()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(5L, event(99).eventId(), Problem.INSERTED);
    }

    @Test
    void an_entry_inserted_after_an_unknown_hash_is_inserted() {
        store.renumberFrom(3, +1);
        store.entries.put(3L, LedgerEntry.chain(3, event(99), Sha256.hex("made up")));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(3L, event(99).eventId(), Problem.INSERTED);
    }

    @Test
    void two_entries_inserted_are_located_at_the_first() {
        LedgerEntry before = store.at(6).orElseThrow();
        store.renumberFrom(7, +2);
        LedgerEntry first = LedgerEntry.chain(7, event(98), before.hash());
        store.entries.put(7L, first);
        store.entries.put(8L, LedgerEntry.chain(8, event(99), first.hash()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(7L, event(98).eventId(), Problem.INSERTED);
    }

    @Test
    void a_swapped_pair_is_reordered_at_the_first_of_the_two() {
        LedgerEntry a = store.at(3).orElseThrow();
        LedgerEntry b = store.at(4).orElseThrow();
        store.entries.put(3L, InMemoryLedgerStore.at(b, 3));
        store.entries.put(4L, InMemoryLedgerStore.at(a, 4));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(3L, b.eventId(), Problem.REORDERED);
    }

    @Test
    void a_distant_pair_swapped_is_reordered_at_the_earlier_place() {
        LedgerEntry a = store.at(2).orElseThrow();
        LedgerEntry b = store.at(9).orElseThrow();
        store.entries.put(2L, InMemoryLedgerStore.at(b, 2));
        store.entries.put(9L, InMemoryLedgerStore.at(a, 9));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(2L, b.eventId(), Problem.REORDERED);
    }

    @Test
    void a_chain_rewritten_from_an_entry_on_with_every_hash_forged_is_caught_by_its_checkpoint() {
        LedgerEntry previous = store.at(5).orElseThrow();
        for (long p = 6; p <= 10; p++) {
            LedgerEntry e = store.at(p).orElseThrow();
            IncomingEvent forged = new IncomingEvent(e.eventId(), e.topic(), e.partition(), e.offset(), e.type(),
                    e.subject(), e.time(), e.event().replace("\"n\":", "\"n\":1"));
            previous = LedgerEntry.chain(p, forged, previous.hash());
            store.entries.put(p, previous);
        }

        Broken broken = verifier.verify().firstBroken();
        assertThat(broken).extracting(Broken::position, Broken::problem).containsExactly(5L, Problem.ALTERED);
        assertThat(broken.detail()).contains("checkpoint 2", "Merkle root");
    }

    @Test
    void a_checkpoint_whose_offsets_were_changed_is_altered() {
        Checkpoint c = store.checkpoints.get(1L);
        store.checkpoints.put(1L, new Checkpoint(1, 1, 4, c.merkleRoot(), c.lastHash(),
                java.util.List.of(new Checkpoint.Offsets("charter.membership.events", 0, 0, 7))));

        Broken broken = verifier.verify().firstBroken();
        assertThat(broken).extracting(Broken::position, Broken::problem).containsExactly(1L, Problem.ALTERED);
        assertThat(broken.detail()).contains("offsets");
    }

    @Test
    void only_the_first_broken_entry_is_reported() {
        store.entries.remove(9L);
        LedgerEntry e = store.at(2).orElseThrow();
        store.entries.put(2L, with(e, e.event() + " ", e.eventHash(), e.offset()));

        assertThat(verifier.verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(2L, Problem.ALTERED);
    }

    @Test
    void an_intact_ledger_the_store_keeps_out_of_position_order_verifies() {
        store.storedOrder = LedgerVerifierTest::reversed;

        assertThat(verifier.verify()).isEqualTo(Verification.intact(10));
    }

    @Test
    void a_problem_in_a_ledger_kept_out_of_position_order_is_located_as_in_position_order() {
        store.storedOrder = LedgerVerifierTest::reversed;
        store.entries.remove(5L);

        Verification v = verifier.verify();
        assertThat(v.entries()).isEqualTo(9);
        assertThat(v.firstBroken()).extracting(Broken::position, Broken::eventId, Broken::problem)
                .containsExactly(5L, null, Problem.MISSING);
    }

    @Test
    void entries_kept_in_position_order_but_for_a_late_one_are_all_walked_in_position_order() {
        // the store's order meets 1..8, then 10 before 9: the walk in position order finds nothing wrong
        store.storedOrder = entries -> {
            List<LedgerEntry> order = new ArrayList<>(entries);
            Collections.swap(order, 8, 9);
            return order;
        };

        assertThat(verifier.verify()).isEqualTo(Verification.intact(10));
    }

    @Test
    void a_store_that_fails_to_read_in_its_own_order_is_read_in_position_order() {
        store.storedOrder = entries -> {
            throw new IllegalStateException("an entry the codec cannot read");
        };

        assertThat(verifier.verify()).isEqualTo(Verification.intact(10));
    }

    @Test
    void progress_never_moves_back_when_the_walk_starts_again_in_position_order() {
        InMemoryLedgerStore large = new InMemoryLedgerStore();
        new Ledger(large, 1_000).append(events(0, 3_000));
        large.storedOrder = entries -> {
            List<LedgerEntry> order = new ArrayList<>(entries);
            Collections.swap(order, 2_998, 2_999);
            return order;
        };
        List<Long> reported = new ArrayList<>();

        assertThat(new LedgerVerifier(large).verify(reported::add)).isEqualTo(Verification.intact(3_000));
        assertThat(reported).isSorted().doesNotHaveDuplicates().endsWith(3_000L);
    }

    @Test
    void progress_counts_both_halves_as_they_go() {
        InMemoryLedgerStore large = new InMemoryLedgerStore();
        new Ledger(large, 1_000).append(events(0, 3_000));
        List<Long> reported = new CopyOnWriteArrayList<>();

        assertThat(new LedgerVerifier(large).verify(reported::add)).isEqualTo(Verification.intact(3_000));
        assertThat(large.halvesRead).containsExactlyInAnyOrder("upTo 1000", "after 1000");
        // the later half (positions 1001..3000) reports at position 2047 on its way: 1,047 of its entries
        // checked, with none or all 1,000 of the first half's
        assertThat(reported).isSorted().doesNotHaveDuplicates().endsWith(3_000L).containsAnyOf(1_047L, 2_047L);
    }

    @Test
    void a_later_half_that_gives_up_stops_the_first_half() throws Exception {
        InMemoryLedgerStore large = new InMemoryLedgerStore();
        new Ledger(large, 1_000).append(events(0, 3_000));
        LedgerEntry early = large.at(1_001).orElseThrow();
        large.entries.put(1_001L, with(early, early.event() + " ", early.eventHash(), early.offset()));
        CountDownLatch laterGaveUp = new CountDownLatch(1);
        AtomicInteger firstHalfRead = new AtomicInteger();
        large.laterHalf = half -> half.onClose(laterGaveUp::countDown);
        large.firstHalf = half -> half.peek(e -> {
            if (firstHalfRead.incrementAndGet() == 1) {
                await(laterGaveUp);
            }
        });

        assertThat(new LedgerVerifier(large).verify().firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(1_001L, Problem.ALTERED);
        assertThat(firstHalfRead.get()).as("entries the first half read of its 1,000").isLessThan(10);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the later half ended").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<LedgerEntry> reversed(List<LedgerEntry> entries) {
        List<LedgerEntry> order = new ArrayList<>(entries);
        Collections.reverse(order);
        return order;
    }

    private static LedgerEntry with(LedgerEntry e, String event, String eventHash, long offset) {
        return new LedgerEntry(e.position(), e.eventId(), e.topic(), e.partition(), offset, e.type(), e.subject(),
                e.time(), event, eventHash, e.previousHash(), e.hash());
    }
}
