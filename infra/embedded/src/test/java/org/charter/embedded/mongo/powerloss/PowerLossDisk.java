package org.charter.embedded.mongo.powerloss;

import org.h2.store.fs.FilePath;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A disk that keeps only what was forced to it, as a power loss leaves a disk whose write cache had
 * not been flushed. Files opened through the H2 file name scheme {@code powerloss:} are written
 * through to the real file, but each channel remembers the bytes its writes replaced since its last
 * {@code force}; {@link #losePower()} puts them back and cuts the file to its forced length. After
 * that every operation on those channels fails, as the process's would: it has lost its disk.
 * <p>
 * A kill -9 cannot show this, since the operating system keeps what a killed process wrote.
 * The power can also be lost at the n-th write, truncation or force from now
 * ({@link #losePowerAtChange}): that change does not happen, nor any after it.
 */
public final class PowerLossDisk {

    static final String SCHEME = "powerloss";
    private static final PowerLossDisk DISK = new PowerLossDisk();

    static {
        FilePath.register(new PowerLossFilePath());
    }

    private final List<PowerLossChannel> channels = new ArrayList<>();
    private long changes;
    private long losePowerAtChange = Long.MAX_VALUE;
    private boolean powerLost;
    private long writesDropped;

    private PowerLossDisk() {
    }

    /** The one disk behind the {@code powerloss:} scheme. */
    public static PowerLossDisk get() {
        return DISK;
    }

    /** The H2 file name that opens {@code file} on this disk. */
    public static String fileName(Path file) {
        return SCHEME + ":" + file.toAbsolutePath();
    }

    /** Power back on: files open again; nothing is armed. */
    public synchronized void powerOn() {
        channels.clear();
        changes = 0;
        losePowerAtChange = Long.MAX_VALUE;
        powerLost = false;
    }

    /** The power goes at the {@code n}-th change (write, truncation or force) from now, before it happens. */
    public synchronized void losePowerAtChange(long n) {
        losePowerAtChange = changes + n;
    }

    /** Every write since its file's last force is undone, and the files are gone for this process. */
    public synchronized void losePower() {
        if (powerLost) {
            return;
        }
        powerLost = true;
        for (PowerLossChannel channel : channels) {
            writesDropped += channel.dropUnforcedWrites();
        }
    }

    public synchronized boolean powerLost() {
        return powerLost;
    }

    /** How many writes the power losses so far have undone. */
    public synchronized long writesDropped() {
        return writesDropped;
    }

    synchronized FileChannel open(FilePath file) throws IOException {
        requirePower();
        PowerLossChannel channel = new PowerLossChannel(this, file);
        channels.add(channel);
        return channel;
    }

    /** Called, holding this disk's lock, before each change a channel makes. */
    void beforeChange() throws IOException {
        requirePower();
        changes++;
        if (changes >= losePowerAtChange) {
            losePower();
            requirePower();
        }
    }

    void requirePower() throws IOException {
        if (powerLost) {
            throw new IOException("power lost");
        }
    }
}
