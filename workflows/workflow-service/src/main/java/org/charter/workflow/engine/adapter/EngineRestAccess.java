package org.charter.workflow.engine.adapter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.charter.platform.event.Actor;
import org.charter.platform.problem.ProblemWriter;
import org.charter.platform.problem.Problems;
import org.charter.platform.security.CurrentActor;
import org.charter.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API ({@code /engine-rest}) under Charter's roles: the platform's filter chain has
 * checked the bearer token (and refused an auditor's writes); here delegates are refused, since
 * the engine's API is the secretaries' and operators' (secretaries and admins act, auditors
 * read). The engine learns who acts, so its history and user operation log record the person:
 * their subject as the user and their role as the group ({@code secretary} is the candidate
 * group of the revision task).
 */
final class EngineRestAccess extends OncePerRequestFilter {

    /** Spring Security's filter chain runs at -100; this runs right after it. */
    static final int ORDER = -90;

    private final IdentityService identities;
    private final ProblemWriter problems;

    EngineRestAccess(IdentityService identities, ProblemWriter problems) {
        this.identities = identities;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Actor actor = CurrentActor.get();
        Role role = Role.of(actor).orElse(null);
        if (role == null || role == Role.DELEGATE) {
            problems.write(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "The engine's REST API is for secretaries, admins (act) and auditors (read); a delegate answers polls"
                            + " on the committee service"), request, response);
            return;
        }
        identities.setAuthentication(actor.subject(), List.of(actor.role()));
        try {
            chain.doFilter(request, response);
        } finally {
            identities.clearAuthentication();
        }
    }
}
