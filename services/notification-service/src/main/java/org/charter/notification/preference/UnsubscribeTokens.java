package org.charter.notification.preference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.charter.notification.notice.NoticeKind;

/**
 * The signed token of a one-click unsubscribe link (RFC 8058): it names a person and a kind of
 * notice, signed with HMAC-SHA-256 under the service's key, so whoever holds the message can switch
 * that one kind off for that one person without signing in, and nobody can forge a link for
 * another person or kind. A token does not expire: switching a kind off twice changes nothing.
 */
public final class UnsubscribeTokens {

    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final byte[] key;

    public UnsubscribeTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("an unsubscribe key has at least 32 bytes");
        }
        this.key = key.clone();
    }

    /** What a valid token asks: switch {@code kind} off by e-mail for {@code personId}. */
    public record Unsubscription(String personId, NoticeKind kind) {
    }

    public String issue(String personId, NoticeKind kind) {
        String claim = ENCODE.encodeToString(personId.getBytes(StandardCharsets.UTF_8)) + "." + kind.name();
        return claim + "." + ENCODE.encodeToString(sign(claim));
    }

    /** The unsubscription a token asks for; empty when it is malformed or its signature is not the service's. */
    public Optional<Unsubscription> read(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String claim = parts[0] + "." + parts[1];
            if (!MessageDigest.isEqual(sign(claim), DECODE.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(new Unsubscription(new String(DECODE.decode(parts[0]), StandardCharsets.UTF_8),
                    NoticeKind.valueOf(parts[1])));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(("unsubscribe:" + claim).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
