package org.charter.election.ballot;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a ballot's idempotent answer so that only the holder of the {@code Idempotency-Key}
 * reads it: AES-256-GCM under {@code HMAC-SHA-256(key, "charter-ballot-answer/1\n" ‖ subject)},
 * the slot's id as associated data; the slot's id is {@code SHA-256("charter-ballot-slot/1\n" ‖
 * subject ‖ "\n" ‖ key)}. Neither the slot nor the sealed bytes say anything to the service
 * without the key. A ballot's claims on box slots (ADR 0067) are sealed the same way under their
 * own key, {@code HMAC-SHA-256(key, "charter-ballot-claim/1\n" ‖ subject)}, with the claim's id as
 * associated data.
 */
public final class BallotSeal {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final HexFormat HEX = HexFormat.of();

    private final SecureRandom random;

    public BallotSeal(SecureRandom random) {
        this.random = random;
    }

    /** What a ballot's slot holds once opened: enough to finish an interrupted cast and to answer a retry. */
    public record Answer(String contestId, String fingerprint, List<String> ranking, String nonce, String receipt,
                         String attempt, boolean done) {
        public Answer {
            ranking = List.copyOf(ranking);
        }

        Answer completed() {
            return new Answer(contestId, fingerprint, ranking, nonce, receipt, attempt, true);
        }
    }

    public static String slot(String subject, String idempotencyKey) {
        return HEX.formatHex(sha256(("charter-ballot-slot/1\n" + subject + "\n" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The id of the ballot's claim of round {@code round} on a box slot (ADR 0067): a hash of its
     * answer's slot, so every request with the same subject and key, in any process, claims under
     * the same ids, and nobody without the key can tell whose they are.
     */
    public static String claimId(String answerSlot, int round) {
        return HEX.formatHex(sha256(("charter-ballot-claim/1\n" + answerSlot + "\n" + round).getBytes(StandardCharsets.UTF_8)));
    }

    public byte[] seal(Answer answer, String subject, String idempotencyKey) {
        return seal(plaintext(answer), ANSWER, subject, idempotencyKey, slot(subject, idempotencyKey));
    }

    /** The answer, or an {@link IllegalArgumentException} when the bytes were not sealed under this key. */
    public Answer open(byte[] sealed, String subject, String idempotencyKey) {
        return answerOf(open(sealed, ANSWER, subject, idempotencyKey, slot(subject, idempotencyKey)));
    }

    /** The box slot a claim names, sealed so that only the holder of the key reads which slot it is. */
    public byte[] sealClaim(String boxSlot, String claimId, String subject, String idempotencyKey) {
        return seal((CLAIM + boxSlot).getBytes(StandardCharsets.UTF_8), CLAIM, subject, idempotencyKey, claimId);
    }

    /** The box slot of a sealed claim, or an {@link IllegalArgumentException} when it was not sealed under this key. */
    public String openClaim(byte[] sealed, String claimId, String subject, String idempotencyKey) {
        String text = open(sealed, CLAIM, subject, idempotencyKey, claimId);
        if (!text.startsWith(CLAIM)) {
            throw new IllegalArgumentException("not a sealed ballot claim");
        }
        return text.substring(CLAIM.length());
    }

    private static final String ANSWER = "charter-ballot-answer/1\n";
    private static final String CLAIM = "charter-ballot-claim/1\n";

    private byte[] seal(byte[] plaintext, String purpose, String subject, String key, String associated) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, purpose, subject, key, associated, iv);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    private static String open(byte[] sealed, String purpose, String subject, String key, String associated) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, purpose, subject, key, associated, Arrays.copyOf(sealed, IV_BYTES));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the sealed bytes do not open with this key", e);
        }
    }

    private static Cipher cipher(int mode, String purpose, String subject, String key, String associated, byte[] iv)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] aesKey = mac.doFinal((purpose + subject).getBytes(StandardCharsets.UTF_8));
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] plaintext(Answer a) {
        return String.join("\n", "charter-ballot-answer/1", a.contestId(), a.fingerprint(), String.join(",", a.ranking()),
                a.nonce(), a.receipt(), a.attempt(), a.done() ? "DONE" : "PENDING").getBytes(StandardCharsets.UTF_8);
    }

    private static Answer answerOf(String text) {
        String[] f = text.split("\n", -1);
        if (f.length != 8 || !f[0].equals("charter-ballot-answer/1")) {
            throw new IllegalArgumentException("not a sealed ballot answer");
        }
        List<String> ranking = f[3].isEmpty() ? List.of() : List.of(f[3].split(","));
        return new Answer(f[1], f[2], ranking, f[4], f[5], f[6], f[7].equals("DONE"));
    }

    /** What a request asked for, to tell a retry from a reused key. */
    public static String fingerprint(String contestId, List<String> ranking) {
        return HEX.formatHex(sha256(("charter-ballot-request/1\n" + contestId + "\n" + String.join("\u001f",
                ranking.stream().map(r -> r == null ? "\u0000" : r).toList())).getBytes(StandardCharsets.UTF_8)));
    }

    public String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HEX.formatHex(b);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
