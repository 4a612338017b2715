package org.charter.embedded.mongo.powerloss;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.ArrayList;
import java.util.List;

/**
 * A file channel on the {@link PowerLossDisk}: writes go to the real file at once (the page cache),
 * and the bytes each one replaced are kept until the next force, so that a power loss can put them
 * back. A force only moves that line: what survives is decided here, not by the real disk, so the
 * real file is not forced (the test would wait on the machine's disk for nothing).
 */
final class PowerLossChannel extends FileBase {

    /** The bytes at {@code position} before an unforced change. */
    private record Replaced(long position, byte[] bytes) {
    }

    private final PowerLossDisk disk;
    private final FilePath file;
    private final FileChannel real;
    private final List<Replaced> unforced = new ArrayList<>();
    private long forcedSize;
    private long position;

    PowerLossChannel(PowerLossDisk disk, FilePath file) throws IOException {
        this.disk = disk;
        this.file = file;
        this.real = file.open("rw");
        this.forcedSize = real.size();
    }

    @Override
    public int write(ByteBuffer src, long at) throws IOException {
        synchronized (disk) {
            disk.beforeChange();
            unforced.add(new Replaced(at, readExisting(at, src.remaining())));
            return real.write(src, at);
        }
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        int written = write(src, position);
        position += written;
        return written;
    }

    @Override
    public int read(ByteBuffer dst, long at) throws IOException {
        synchronized (disk) {
            disk.requirePower();
            return real.read(dst, at);
        }
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int read = read(dst, position);
        if (read > 0) {
            position += read;
        }
        return read;
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        synchronized (disk) {
            disk.beforeChange();
            long current = real.size();
            if (size < current) {
                unforced.add(new Replaced(size, readExisting(size, (int) (current - size))));
                real.truncate(size);
            }
            position = Math.min(position, size);
            return this;
        }
    }

    @Override
    public void force(boolean metaData) throws IOException {
        synchronized (disk) {
            disk.beforeChange();
            unforced.clear();
            forcedSize = real.size();
        }
    }

    @Override
    public long size() throws IOException {
        synchronized (disk) {
            disk.requirePower();
            return real.size();
        }
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public FileChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public FileLock tryLock(long at, long size, boolean shared) throws IOException {
        return real.tryLock(at, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        real.close();
    }

    /**
     * Puts back what the unforced changes replaced, newest first, cuts the file to its forced
     * length and closes it (which also releases its lock). Returns how many changes were undone.
     * A file closed without a force still loses its unforced changes: they were in the cache.
     */
    int dropUnforcedWrites() {
        int dropped = unforced.size();
        try (FileChannel restoring = real.isOpen() ? real : file.open("rw")) {
            for (int i = unforced.size() - 1; i >= 0; i--) {
                Replaced change = unforced.get(i);
                restoring.write(ByteBuffer.wrap(change.bytes()), change.position());
            }
            if (restoring.size() > forcedSize) {
                restoring.truncate(forcedSize);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not simulate the power loss on the real file", e);
        }
        unforced.clear();
        return dropped;
    }

    private byte[] readExisting(long at, int length) throws IOException {
        long available = Math.max(0, Math.min(length, real.size() - at));
        ByteBuffer existing = ByteBuffer.allocate((int) available);
        while (existing.hasRemaining()) {
            if (real.read(existing, at + existing.position()) < 0) {
                break;
            }
        }
        return existing.array();
    }
}
