package org.charter.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.charter.platform.problem.PlatformProblems;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as {@code application/problem+json}; an auditor trying to change something is told why. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter writer;

    public ProblemAccessDeniedHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        writer.write(problemFor(authoritiesOf(who), request.getMethod()), request, response);
    }

    static ProblemDetail problemFor(Set<String> authorities, String method) {
        if (authorities.equals(Set.of(Role.AUDITOR.authority())) && !ReadMethods.isRead(method)) {
            return PlatformProblems.auditorReadOnly(method);
        }
        return authorities.isEmpty() ? PlatformProblems.noCharterRole() : PlatformProblems.roleMayNotDoThis();
    }

    private static Set<String> authoritiesOf(Authentication who) {
        return who == null ? Set.of()
                : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
