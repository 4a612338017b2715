package org.charter.membership;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Marks a membership command: secretaries and admins record decisions about members; a delegate
 * is refused (403) here, an auditor already by the platform's filter chain.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN')")
public @interface SecretariesAndAdmins {
}
