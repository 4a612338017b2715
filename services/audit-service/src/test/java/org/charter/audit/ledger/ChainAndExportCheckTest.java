package org.charter.audit.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.charter.audit.ledger.Events.event;
import static org.charter.audit.ledger.Events.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.charter.audit.ledger.Verification.Broken;
import org.junit.jupiter.api.Test;

/**
 * The auditor's chaining without a store (the CLI's {@code --bootstrap}) chains exactly as the
 * ledger's sequencer does, and an export is re-checked from its own fields alone.
 */
class ChainAndExportCheckTest {

    @Test
    void the_chain_of_the_topics_is_the_sequencers_chain() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        new Ledger(store, 4).append(events(0, 10));

        List<LedgerEntry> chained = chain(events(0, 10));

        assertThat(chained).isEqualTo(store.between(1, 10));
    }

    @Test
    void a_redelivered_copy_is_not_chained_again_and_a_copy_with_other_bytes_is_a_conflict() {
        Chain chain = new Chain();
        events(0, 3).forEach(chain::add);
        IncomingEvent copy = event(1);
        IncomingEvent forged = new IncomingEvent(copy.eventId(), copy.topic(), copy.partition(), 99, copy.type(),
                copy.subject(), copy.time(), copy.event().replace("\"n\":1", "\"n\":100"));

        assertThat(chain.add(copy)).isEmpty();
        assertThat(chain.add(forged)).isEmpty();
        assertThat(chain.entries()).isEqualTo(3);
        assertThat(chain.redelivered()).isEqualTo(1);
        assertThat(chain.conflicts()).isEqualTo(1);
        assertThat(chain.firstConflict()).hasValueSatisfying(c -> assertThat(c.offset()).isEqualTo(99));
    }

    @Test
    void an_intact_export_from_any_position_verifies() {
        List<LedgerEntry> entries = chain(events(0, 10));

        assertThat(ExportCheck.check(entries.iterator())).isEqualTo(Verification.intact(10));
        assertThat(ExportCheck.check(entries.subList(4, 8).iterator())).isEqualTo(Verification.intact(4));
        assertThat(ExportCheck.check(Collections.emptyIterator())).isEqualTo(Verification.intact(0));
    }

    @Test
    void an_altered_event_or_seal_is_altered_at_its_line() {
        List<LedgerEntry> entries = new ArrayList<>(chain(events(0, 10)));
        LedgerEntry e = entries.get(5);
        entries.set(5, new LedgerEntry(e.position(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(),
                e.subject(), e.time(), e.event().replace("\"n\":5", "\"n\":50"), e.eventHash(), e.previousHash(), e.hash()));

        assertThat(ExportCheck.check(entries.iterator()).firstBroken())
                .extracting(Broken::position, Broken::eventId, Broken::problem).containsExactly(6L, e.eventId(), Problem.ALTERED);

        entries.set(5, new LedgerEntry(e.position(), e.eventId(), e.topic(), e.partition(), e.offset() + 1, e.type(),
                e.subject(), e.time(), e.event(), e.eventHash(), e.previousHash(), e.hash()));
        assertThat(ExportCheck.check(entries.iterator()).firstBroken().problem()).isEqualTo(Problem.ALTERED);
    }

    @Test
    void a_lost_line_is_missing_and_a_swapped_pair_reordered() {
        List<LedgerEntry> lost = new ArrayList<>(chain(events(0, 10)));
        lost.remove(3);
        List<LedgerEntry> swapped = new ArrayList<>(chain(events(0, 10)));
        Collections.swap(swapped, 6, 7);
        List<LedgerEntry> renumbered = new ArrayList<>(swapped);
        renumbered.set(6, at(7, swapped.get(6)));
        renumbered.set(7, at(8, swapped.get(7)));

        Verification missing = ExportCheck.check(lost.iterator());
        Verification reordered = ExportCheck.check(swapped.iterator());
        Verification reorderedInPlace = ExportCheck.check(renumbered.iterator());

        assertThat(missing.firstBroken()).extracting(Broken::position, Broken::problem).containsExactly(4L, Problem.MISSING);
        assertThat(missing.entries()).isEqualTo(9);
        assertThat(reordered.firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(7L, Problem.REORDERED);
        assertThat(reorderedInPlace.firstBroken()).extracting(Broken::position, Broken::problem)
                .containsExactly(7L, Problem.REORDERED);
    }

    private static LedgerEntry at(long position, LedgerEntry e) {
        return new LedgerEntry(position, e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), e.subject(), e.time(),
                e.event(), e.eventHash(), e.previousHash(), e.hash());
    }

    @Test
    void a_line_put_in_with_its_own_hashes_is_inserted() {
        List<LedgerEntry> entries = new ArrayList<>(chain(events(0, 10)));
        LedgerEntry before = entries.get(3);
        LedgerEntry forged = LedgerEntry.chain(5, event(77), "f".repeat(64));
        List<LedgerEntry> withForged = new ArrayList<>(entries.subList(0, 4));
        withForged.add(forged);
        entries.subList(4, 10).forEach(withForged::add);

        Broken broken = ExportCheck.check(withForged.iterator()).firstBroken();

        assertThat(before.position()).isEqualTo(4);
        assertThat(broken).extracting(Broken::position, Broken::problem).containsExactly(5L, Problem.INSERTED);
    }

    private static List<LedgerEntry> chain(List<IncomingEvent> events) {
        Chain chain = new Chain();
        List<LedgerEntry> entries = new ArrayList<>();
        events.forEach(in -> chain.add(in).ifPresent(entries::add));
        return entries;
    }
}
