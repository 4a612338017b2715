package org.charter.embedded.mongo.powerloss;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.store.fs.FilePath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PowerLossDiskTest {

    private final PowerLossDisk disk = PowerLossDisk.get();

    @TempDir
    Path dir;

    @BeforeEach
    void powerOn() {
        disk.powerOn();
    }

    @Test
    void a_power_loss_keeps_what_was_forced_and_undoes_every_write_after_it() throws IOException {
        Path file = dir.resolve("file");
        try (FileChannel channel = FilePath.get(PowerLossDisk.fileName(file)).open("rw")) {
            channel.write(bytes("forced"), 0);
            channel.force(true);
            channel.write(bytes("FORCED"), 0); // overwrites forced bytes
            channel.write(bytes(" and more"), 6); // grows the file

            disk.losePower();

            assertThatThrownBy(() -> channel.write(bytes("x"), 0)).isInstanceOf(IOException.class);
        }
        assertThat(Files.readString(file)).isEqualTo("forced");
    }

    @Test
    void the_power_goes_at_the_change_it_was_armed_for() throws IOException {
        Path file = dir.resolve("file");
        try (FileChannel channel = FilePath.get(PowerLossDisk.fileName(file)).open("rw")) {
            disk.losePowerAtChange(3);
            channel.write(bytes("one"), 0);
            channel.force(true);

            assertThatThrownBy(() -> channel.write(bytes("two"), 3)).isInstanceOf(IOException.class);
        }
        assertThat(disk.powerLost()).isTrue();
        assertThat(Files.readString(file)).isEqualTo("one");
    }

    @Test
    void an_mvstore_commit_is_lost_unless_it_was_forced() {
        Path file = dir.resolve("store.mv.db");
        MVStore store = new MVStore.Builder().fileName(PowerLossDisk.fileName(file)).autoCommitDisabled().open();
        MVMap<String, String> map = store.openMap("facts");
        map.put("forced", "yes");
        store.commit();
        store.sync();
        map.put("committed only", "yes");
        store.commit();

        disk.losePower();
        store.closeImmediately();
        disk.powerOn();

        MVStore reopened = new MVStore.Builder().fileName(PowerLossDisk.fileName(file)).open();
        try {
            assertThat(reopened.<String, String>openMap("facts").keySet()).containsExactly("forced");
        } finally {
            reopened.close();
        }
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
