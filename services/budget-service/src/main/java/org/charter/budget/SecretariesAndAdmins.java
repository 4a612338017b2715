package org.charter.budget;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Marks a command the secretary runs (proposals, revisions, review decisions); admins may too. A delegate is
 * refused (403), an auditor already by the platform's filter chain.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@PreAuthorize("hasAnyRole('SECRETARY', 'ADMIN')")
public @interface SecretariesAndAdmins {
}
