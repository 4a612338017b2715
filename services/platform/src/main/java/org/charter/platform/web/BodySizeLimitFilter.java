package org.charter.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.charter.platform.problem.PlatformProblems;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the service takes (413 {@code PAYLOAD_TOO_LARGE}) before
 * anything reads it: before authentication, before the idempotency filter buffers it, before
 * JSON is parsed. A declared {@code Content-Length} is judged at once; a body of unknown length
 * (chunked) is read up to the limit and handed on from memory.
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ProblemWriter problems;

    public BodySizeLimitFilter(long maxBytes, ProblemWriter problems) {
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            refuse(request, response);
            return;
        }
        if (declared >= 0 || !mayHaveBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE));
        } catch (IOException brokenFraming) {
            // an invalid chunk, or the client stopped sending: nothing of the body can be trusted
            response.setHeader("Connection", "close");
            problems.write(PlatformProblems.bodyUnreadable(), request, response);
            return;
        }
        if (body.length > maxBytes) {
            refuse(request, response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private static boolean mayHaveBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close"); // the rest of the body is not read
        problems.write(PlatformProblems.bodyTooLarge(maxBytes), request, response);
    }
}
