package org.charter.embedded.mongo.powerloss;

import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.channels.FileChannel;

/** H2's file system for {@code powerloss:<path>}: the real file, opened on the {@link PowerLossDisk}. */
public final class PowerLossFilePath extends FilePathWrapper {

    /** H2 creates one per path, by reflection. */
    public PowerLossFilePath() {
    }

    @Override
    public String getScheme() {
        return PowerLossDisk.SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (!mode.equals("rw")) {
            throw new IOException("the power-loss disk opens files for writing only, not " + mode);
        }
        return PowerLossDisk.get().open(getBase());
    }
}
