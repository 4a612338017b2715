package org.charter.gateway.devtoken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The RSA key development tokens are signed with. Generated on first start; when a file is given
 * it is kept there (owner-readable only) so tokens issued before a devstack restart stay valid.
 */
public final class DevSigningKey {

    private static final int KEY_SIZE = 2048;

    private final RSAKey key;

    private DevSigningKey(RSAKey key) {
        this.key = key;
    }

    public static DevSigningKey generate() {
        try {
            return new DevSigningKey(new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    /** The key stored in {@code file}, or a new one stored there. */
    public static DevSigningKey loadOrCreate(Path file) {
        if (Files.exists(file)) {
            return load(file);
        }
        DevSigningKey created = generate();
        created.store(file);
        return created;
    }

    private static DevSigningKey load(Path file) {
        try {
            JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException(file + " does not hold a private RSA key; delete it to have a new"
                        + " one generated (tokens issued with the old key will then be rejected)");
            }
            return new DevSigningKey(rsa);
        } catch (ParseException e) {
            // Never overwrite silently: every token issued so far would stop working.
            throw new IllegalStateException(file + " is not a JSON Web Key (" + e.getMessage()
                    + "); delete it to have a new one generated", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the development signing key " + file, e);
        }
    }

    private void store(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
            restrictToOwner(partial);
            Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the development signing key in " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    RSAKey privateKey() {
        return key;
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public half only, as published at {@code /dev/jwks.json}. */
    public JWKSet publicJwkSet() {
        return new JWKSet(key.toPublicJWK());
    }
}
