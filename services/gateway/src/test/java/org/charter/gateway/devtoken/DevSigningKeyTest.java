package org.charter.gateway.devtoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSigningKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void a_key_created_in_a_file_is_the_key_loaded_from_it() {
        Path file = dataDir.resolve("gateway/dev-signing-key.json");

        DevSigningKey created = DevSigningKey.loadOrCreate(file);
        DevSigningKey loaded = DevSigningKey.loadOrCreate(file);

        assertThat(file).exists();
        assertThat(loaded.keyId()).isEqualTo(created.keyId());
        assertThat(loaded.privateKey()).isEqualTo(created.privateKey());
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only() throws Exception {
        Path file = dataDir.resolve("dev-signing-key.json");

        DevSigningKey.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void generated_keys_differ() {
        assertThat(DevSigningKey.generate().keyId()).isNotEqualTo(DevSigningKey.generate().keyId());
    }

    @Test
    void the_published_set_holds_only_the_public_half() {
        var published = DevSigningKey.generate().publicJwkSet();

        assertThat(published.getKeys()).singleElement().satisfies(jwk -> assertThat(jwk.isPrivate()).isFalse());
        assertThat(published.toString()).doesNotContain("\"d\"");
    }

    @Test
    void a_damaged_key_file_stops_the_start_instead_of_being_replaced() throws Exception {
        Path file = dataDir.resolve("dev-signing-key.json");
        Files.writeString(file, "{not json");

        assertThatThrownBy(() -> DevSigningKey.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delete it");
        assertThat(Files.readString(file)).isEqualTo("{not json");
    }

    @Test
    void a_file_with_only_a_public_key_is_refused() throws Exception {
        Path file = dataDir.resolve("dev-signing-key.json");
        Files.writeString(file, DevSigningKey.generate().publicJwkSet().getKeys().get(0).toJSONString());

        assertThatThrownBy(() -> DevSigningKey.loadOrCreate(file))
                .hasMessageContaining("does not hold a private RSA key");
    }
}
