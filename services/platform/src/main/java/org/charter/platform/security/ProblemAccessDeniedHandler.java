package org.charter.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.charter.platform.error.ProblemCodes;
import org.charter.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as {@code application/problem+json}; an auditor trying to change something is told why. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ObjectMapper json;

    public ProblemAccessDeniedHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException denied) throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = who == null ? Set.of()
                : who.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        var problem = authorities.equals(Set.of(Role.AUDITOR.authority())) && !ReadMethods.isRead(request.getMethod())
                ? Problems.problem(HttpStatus.FORBIDDEN, ProblemCodes.AUDITOR_READ_ONLY,
                        "Auditors may read everything and change nothing; " + request.getMethod() + " is a change.")
                : Problems.problem(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                        authorities.isEmpty() ? "Your token carries no Charter role (delegate, secretary, auditor, admin)."
                                : "Your role may not do this.");
        Problems.write(problem, request, response, json);
    }
}
