package org.charter.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.charter.conventions.ExchangeProblems;
import org.charter.platform.problem.PlatformProblems;
import org.charter.platform.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Answers what Spring Security's firewall refuses ({@code ..} or {@code //} in the path, an
 * encoded {@code /}, {@code %} or {@code .}, {@code ;}, a header with control characters, a
 * method no edge serves) as problem+json: 400 {@code REQUEST_REJECTED}, or 405 for the method.
 * Without it the rejection would leave the filter chain as an exception and come back as the
 * container's error page.
 */
public class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final ProblemWriter problems;

    public ProblemRequestRejectedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        log.debug("Request rejected by the firewall: {}", rejected.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer(); // headers stay: the correlation id is already on the response
        ProblemDetail problem = PlatformProblems.requestRejected(request.getMethod());
        if (problem.getStatus() == 405) {
            response.setHeader(HttpHeaders.ALLOW, String.join(", ", ExchangeProblems.METHODS));
        }
        problems.write(problem, request, response);
    }
}
