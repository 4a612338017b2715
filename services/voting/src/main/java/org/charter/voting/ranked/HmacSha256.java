package org.charter.voting.ranked;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** HMAC-SHA-256 (RFC 2104) on {@link MessageDigest}, so the rules need nothing outside {@code java.*}. */
final class HmacSha256 {

    private static final int BLOCK = 64;

    private HmacSha256() {
    }

    static byte[] mac(byte[] key, byte[] message) {
        byte[] k = key.length > BLOCK ? sha256().digest(key) : key;
        byte[] inner = new byte[BLOCK];
        byte[] outer = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            byte b = i < k.length ? k[i] : 0;
            inner[i] = (byte) (b ^ 0x36);
            outer[i] = (byte) (b ^ 0x5c);
        }
        MessageDigest d = sha256();
        d.update(inner);
        byte[] innerHash = d.digest(message);
        d.update(outer);
        return d.digest(innerHash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
