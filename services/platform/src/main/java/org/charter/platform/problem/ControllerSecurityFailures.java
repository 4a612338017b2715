package org.charter.platform.problem;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A security exception raised inside a controller (method security, or a controller's own check)
 * answered exactly as the filter chain answers one: by the same entry point (401) and
 * access-denied handler (403), so a refusal reads the same wherever it was decided.
 */
public final class ControllerSecurityFailures {

    private final AuthenticationEntryPoint entryPoint;
    private final AccessDeniedHandler accessDenied;

    public ControllerSecurityFailures(AuthenticationEntryPoint entryPoint, AccessDeniedHandler accessDenied) {
        this.entryPoint = entryPoint;
        this.accessDenied = accessDenied;
    }

    void answer(AccessDeniedException denied, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            // as Spring Security's ExceptionTranslationFilter does: nobody is known, so ask for a token
            entryPoint.commence(request, response,
                    new InsufficientAuthenticationException("A token is required", denied));
        } else {
            accessDenied.handle(request, response, denied);
        }
    }

    void answer(AuthenticationException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        entryPoint.commence(request, response, failure);
    }
}
