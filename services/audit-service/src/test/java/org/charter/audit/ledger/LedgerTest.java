package org.charter.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.audit.ledger.Events.event;
import static org.charter.audit.ledger.Events.events;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final Ledger ledger = new Ledger(store, 4);

    @Test
    void entries_are_numbered_from_one_and_each_links_to_the_one_before() {
        ledger.append(events(0, 3));

        List<LedgerEntry> entries = store.between(1, 3);
        assertThat(entries).extracting(LedgerEntry::position).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo(LedgerEntry.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
    }

    @Test
    void an_entry_hashes_the_stored_event_bytes_and_seals_its_fields() {
        ledger.append(List.of(event(7)));

        LedgerEntry entry = store.at(1).orElseThrow();
        assertThat(entry.event()).isEqualTo(event(7).event());
        assertThat(entry.eventHash()).isEqualTo(Sha256.hex(event(7).event()));
        assertThat(entry.hash()).isEqualTo(Sha256.hex(LedgerEntry.GENESIS + "\n" + event(7).eventId()
                + "\ncharter.membership.events\n1\n3\n" + entry.eventHash()));
    }

    @Test
    void a_redelivered_batch_adds_no_entry() {
        ledger.append(events(0, 5));

        Ledger.Appended again = ledger.append(events(0, 5));

        assertThat(again.entries()).isEmpty();
        assertThat(again.duplicates()).isEqualTo(5);
        assertThat(store.count()).isEqualTo(5);
    }

    @Test
    void an_event_twice_in_one_batch_is_one_entry() {
        Ledger.Appended appended = ledger.append(List.of(event(1), event(2), event(1)));

        assertThat(appended.entries()).extracting(LedgerEntry::eventId).containsExactly(event(1).eventId(), event(2).eventId());
        assertThat(appended.duplicates()).isEqualTo(1);
    }

    @Test
    void a_batch_partly_recorded_adds_only_the_new_events_after_the_head() {
        ledger.append(events(0, 3));

        ledger.append(events(1, 6));

        assertThat(store.between(1, 10)).extracting(LedgerEntry::eventId)
                .containsExactlyElementsOf(events(0, 6).stream().map(IncomingEvent::eventId).toList());
        assertThat(new LedgerVerifier(store).verify().ok()).isTrue();
    }

    @Test
    void a_crash_in_the_middle_of_a_batch_leaves_a_prefix_that_the_redelivery_completes() {
        ledger.append(events(0, 2));
        store.failAfter = 2;

        assertThatThrownBy(() -> ledger.append(events(2, 7))).hasMessageContaining("went away");
        assertThat(store.count()).isEqualTo(4);
        assertThat(new LedgerVerifier(store).verify().ok()).isTrue();

        ledger.append(events(2, 7)); // the consumer never committed the batch's offsets: it comes again

        assertThat(store.count()).isEqualTo(7);
        assertThat(store.between(1, 7)).extracting(LedgerEntry::eventId)
                .containsExactlyElementsOf(events(0, 7).stream().map(IncomingEvent::eventId).toList());
        assertThat(new LedgerVerifier(store).verify().ok()).isTrue();
    }

    @Test
    void a_writer_whose_head_is_stale_chains_after_the_entries_another_wrote_and_never_forks() {
        Ledger other = new Ledger(store, 4);
        ledger.append(events(0, 2));
        other.append(events(2, 4)); // ledger's cached head is now stale

        ledger.append(events(4, 6));

        assertThat(store.count()).isEqualTo(6);
        assertThat(store.between(1, 6)).extracting(LedgerEntry::eventId)
                .containsExactlyElementsOf(events(0, 6).stream().map(IncomingEvent::eventId).toList());
        assertThat(new LedgerVerifier(store).verify().ok()).isTrue();
    }

    @Test
    void two_writers_with_the_same_batch_write_it_once() {
        Ledger other = new Ledger(store, 4);
        ledger.append(events(0, 1));
        other.append(events(1, 3));

        ledger.append(events(1, 3));

        assertThat(store.count()).isEqualTo(3);
    }

    @Test
    void a_checkpoint_is_written_for_every_full_block_with_its_merkle_root_and_offsets() {
        ledger.append(events(0, 9));

        assertThat(store.checkpoints()).extracting(Checkpoint::fromPosition, Checkpoint::toPosition)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, 4L), org.assertj.core.groups.Tuple.tuple(5L, 8L));
        Checkpoint first = store.checkpoints().get(0);
        List<byte[]> leaves = new ArrayList<>();
        store.between(1, 4).forEach(e -> leaves.add(Sha256.bytes(e.hash())));
        assertThat(first.merkleRoot()).isEqualTo(Sha256.toHex(MerkleTree.root(leaves)));
        assertThat(first.lastHash()).isEqualTo(store.at(4).orElseThrow().hash());
        // events 0..3: partition n % 2, offset n / 2
        assertThat(first.offsets()).containsExactly(
                new Checkpoint.Offsets("charter.membership.events", 0, 0, 1),
                new Checkpoint.Offsets("charter.membership.events", 1, 0, 1));
    }

    @Test
    void a_checkpoint_a_crash_left_unwritten_is_written_by_the_next_append() {
        ledger.append(events(0, 5));
        store.checkpoints.clear(); // as if the process died between the entries and their checkpoint

        ledger.append(events(5, 6));

        assertThat(store.checkpoints()).extracting(Checkpoint::number).containsExactly(1L);
        assertThat(new LedgerVerifier(store).verify().ok()).isTrue();
    }

    @Test
    void a_checkpoint_interval_below_one_is_refused() {
        assertThatThrownBy(() -> new Ledger(store, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
