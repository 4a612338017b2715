package org.charter.audit.ledger.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ServerAddress;
import com.mongodb.ServerCursor;
import com.mongodb.client.MongoCursor;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cursor read on its own thread gives the consumer every document, in order, then its end or its failure. */
class ReadAheadTest {

    @Test
    void every_document_comes_in_order_across_chunks() {
        try (Stream<Integer> read = ReadAhead.stream(new Cursor(IntStream.rangeClosed(1, 1_001).boxed().iterator()), 100)) {
            assertThat(read.toList()).isEqualTo(IntStream.rangeClosed(1, 1_001).boxed().toList());
        }
    }

    @Test
    void a_failure_of_the_cursor_reaches_the_consumer_after_the_documents_before_it() {
        Iterator<Integer> failing = Stream.iterate(1, n -> {
            if (n == 250) {
                throw new IllegalStateException("the connection went away");
            }
            return n + 1;
        }).iterator();
        AtomicInteger seen = new AtomicInteger();

        try (Stream<Integer> read = ReadAhead.stream(new Cursor(failing), 100)) {
            assertThatThrownBy(() -> read.forEach(n -> seen.incrementAndGet()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("the connection went away");
        }
        assertThat(seen).hasValue(200); // the chunks handed before the failure; the failed chunk's part is not
    }

    @Test
    void each_document_is_made_into_what_the_consumer_reads_on_the_reading_thread_and_its_failure_reaches_the_consumer() {
        java.util.Set<String> madeOn = java.util.concurrent.ConcurrentHashMap.newKeySet();
        AtomicInteger seen = new AtomicInteger();

        try (Stream<String> read = ReadAhead.stream(new Cursor(IntStream.rangeClosed(1, 1_000).boxed().iterator()), 100, n -> {
            madeOn.add(Thread.currentThread().getName());
            if (n == 450) {
                throw new IllegalArgumentException("entry 450 is not JSON");
            }
            return "#" + n;
        })) {
            assertThatThrownBy(() -> read.forEach(s -> assertThat(s).isEqualTo("#" + seen.incrementAndGet())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("entry 450 is not JSON");
        }
        assertThat(seen).hasValue(400);
        assertThat(madeOn).containsExactly("ledger-read-ahead");
    }

    @Test
    void closing_early_stops_the_reading_and_closes_the_cursor_on_its_own_thread() {
        Cursor endless = new Cursor(Stream.iterate(1, n -> n + 1).iterator());

        try (Stream<Integer> read = ReadAhead.stream(endless, 10)) {
            assertThat(read.limit(25).toList()).isEqualTo(IntStream.rangeClosed(1, 25).boxed().toList());
        }

        assertThat(endless.closedBy.get()).isNotNull().isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void an_empty_cursor_is_an_empty_stream() {
        try (Stream<Integer> read = ReadAhead.stream(new Cursor(List.<Integer>of().iterator()), 10)) {
            assertThat(read).isEmpty();
        }
    }

    private static final class Cursor implements MongoCursor<Integer> {
        private final Iterator<Integer> values;
        final AtomicReference<String> closedBy = new AtomicReference<>();

        Cursor(Iterator<Integer> values) {
            this.values = values;
        }

        @Override
        public void close() {
            closedBy.set(Thread.currentThread().getName());
        }

        @Override
        public boolean hasNext() {
            return values.hasNext();
        }

        @Override
        public Integer next() {
            return values.next();
        }

        @Override
        public int available() {
            return 0;
        }

        @Override
        public Integer tryNext() {
            return hasNext() ? next() : null;
        }

        @Override
        public ServerCursor getServerCursor() {
            return null;
        }

        @Override
        public ServerAddress getServerAddress() {
            return null;
        }
    }
}
