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

    private ReadAhead(MongoCursor<T> cursor, int chunk) {
        this.reader = new Thread(() -> read(cursor, chunk), "ledger-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** The cursor's documents as a stream; close it (that stops and closes the cursor). */
    static <T> Stream<T> stream(MongoCursor<T> cursor, int chunk) {
        ReadAhead<T> ahead = new ReadAhead<>(cursor, chunk);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(ahead, Spliterator.ORDERED), false)
                .onClose(ahead::close);
    }

    private void read(MongoCursor<T> cursor, int chunk) {
        Object last = END;
        try (cursor) {
            List<T> batch = new ArrayList<>(chunk);
            while (!closed && cursor.hasNext()) {
                batch.add(cursor.next());
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
