package org.charter.conventions;

import java.net.URI;
import java.util.Locale;

/**
 * The RFC 9457 {@code type} and {@code title} of a problem, derived from its stable code:
 * {@code MEMBER_NOT_FOUND} is {@code https://charter.dev/problems/member-not-found}, titled
 * "Member not found". One rule for every code, so clients can switch on either.
 */
public record ProblemType(String code, URI type, String title) {

    public static final String BASE = "https://charter.dev/problems/";

    public static ProblemType of(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        String title = Character.toUpperCase(lower.charAt(0)) + lower.substring(1).replace('_', ' ');
        return new ProblemType(code, URI.create(BASE + lower.replace('_', '-')), title);
    }
}
