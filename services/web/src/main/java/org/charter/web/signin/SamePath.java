package org.charter.web.signin;

import java.util.Optional;

/**
 * Where a browser may be sent back to after signing in: a path of this site, with its query, and
 * nothing that a browser would read as another site. A path is taken alone, never a host (the host
 * a request names comes from its headers, {@code X-Forwarded-Host} among them), and refused when it
 * is protocol-relative ({@code //evil.example}, {@code /\evil.example}: browsers treat a backslash
 * as a slash) or carries control characters.
 */
final class SamePath {

    private SamePath() {
    }

    static Optional<String> of(String path, String query) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || hasControlCharacters(path) || (query != null && hasControlCharacters(query))) {
            return Optional.empty();
        }
        return Optional.of(query == null || query.isEmpty() ? path : path + "?" + query);
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
