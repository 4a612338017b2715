package org.charter.audit.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the ledger writes it: lowercase hex of 64 characters. */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    /** One digest per thread for the one-shot hashes: {@code getInstance} looks the provider up on every call. */
    private static final ThreadLocal<MessageDigest> ONE_SHOT = ThreadLocal.withInitial(Sha256::digest);

    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(ONE_SHOT.get().digest(bytes)); // digest(bytes) resets it
    }

    /** The hash of a string's UTF-8 bytes, as {@code printf %s "$s" | sha256sum} prints it. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether these bytes hash to this hex, without printing the hash (the verifier asks this of every entry). */
    public static boolean matches(byte[] bytes, String hex) {
        byte[] hash = ONE_SHOT.get().digest(bytes);
        if (hex == null || hex.length() != hash.length * 2) {
            return false;
        }
        for (int i = 0; i < hash.length; i++) {
            if (hex.charAt(2 * i) != DIGITS[(hash[i] >> 4) & 0xF] || hex.charAt(2 * i + 1) != DIGITS[hash[i] & 0xF]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #matches(byte[], String)} for a string's UTF-8 bytes. */
    public static boolean matches(String text, String hex) {
        return matches(text.getBytes(StandardCharsets.UTF_8), hex);
    }

    public static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    public static String toHex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
