package org.charter.audit.ledger.adapter;

import com.mongodb.client.MongoCursor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a cursor on a thread of its own, a few chunks ahead of whoever consumes the stream. A
 * cursor by itself fetches (and decodes) the next batch only when its reader asks for it, so the
 * server and the driver working on a batch and the consumer working through the last one take
 * turns; here they overlap, on a machine with a core to spare. (Receiving the documents as bytes
 * and decoding them on the consumer's side was tried: the driver copies each document twice to
 * give its bytes, which cost more than it moved.) The cursor is used and closed on its own thread
 * only; an exception there is thrown to the consumer when it reaches that point of the stream.
 */
final class ReadAhead<T> implements Iterator<T> {

    private static final Object END = new Object();
    private static final int CHUNKS_AHEAD = 4;

    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean ended;

    private <D> ReadAhead(MongoCursor<D> cursor, int chunk, Function<? super D, ? extends T> as) {
        this.reader = new Thread(() -> read(cursor, chunk, as), "ledger-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** The cursor's documents as a stream; close it (that stops and closes the cursor). */
    static <T> Stream<T> stream(MongoCursor<T> cursor, int chunk) {
        return stream(cursor, chunk, Function.identity());
    }

    /**
     * The cursor's documents, each made into what {@code as} makes of it on the reading thread (a
     * parse that would otherwise fall to the consumer: the two threads share the work); close it.
     * A failure of {@code as} reaches the consumer where it happened, as a failure of the cursor does.
     */
    static <D, T> Stream<T> stream(MongoCursor<D> cursor, int chunk, Function<? super D, ? extends T> as) {
        ReadAhead<T> ahead = new ReadAhead<>(cursor, chunk, as);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ahead, Spliterator.ORDERED), false)
                .onClose(ahead::close);
    }

    private <D> void read(MongoCursor<D> cursor, int chunk, Function<? super D, ? extends T> as) {
        Object last = END;
        try (cursor) {
            List<T> batch = new ArrayList<>(chunk);
            while (!closed && cursor.hasNext()) {
                batch.add(as.apply(cursor.next()));
                if (batch.size() == chunk) {
                    hand(batch);
                    batch = new ArrayList<>(chunk);
                }
            }
            if (!batch.isEmpty()) {
                hand(batch);
            }
        } catch (RuntimeException e) {
            last = e;
        }
        hand(last);
    }

    /** Queues a chunk (or the end), waiting for room while the consumer is still there. */
    private void hand(Object chunk) {
        try {
            while (!closed && !chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy: wait for room
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (ended) {
                return false;
            }
            Object next = take();
            if (next == END) {
                ended = true;
                return false;
            }
            if (next instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            current = ((List<T>) next).iterator();
        }
        return true;
    }

    private Object take() {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while reading the ledger", e);
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Stops the reading thread, which closes the cursor, and waits for it (at most the batch it is fetching). */
    void close() {
        closed = true;
        chunks.clear();
        boolean interrupted = false;
        while (reader.isAlive()) {
            try {
                reader.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        chunks.clear();
        ended = true;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
