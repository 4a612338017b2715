package org.charter.web.signin;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The person signed in, kept in the server-side session only: the pages call the APIs with
 * {@code token}, which never appears in a page, a URL or a log line ({@link #toString()} leaves it out).
 * {@code subject} is the membership person id, {@code member} the member a delegate acts for.
 */
public record SignedIn(String subject, String role, String member, String token) implements Serializable {

    /** A token's role as Spring Security's role, whichever way the person signed in: {@code delegate} is {@code ROLE_DELEGATE}. */
    public static GrantedAuthority authority(String role) {
        return new SimpleGrantedAuthority("ROLE_" + role.toUpperCase(Locale.ROOT));
    }

    public boolean isDelegate() {
        return "delegate".equals(role);
    }

    public Optional<String> memberId() {
        return Optional.ofNullable(member);
    }

    @Override
    public String toString() {
        return "SignedIn[subject=" + subject + ", role=" + role + ", member=" + member + "]";
    }
}
