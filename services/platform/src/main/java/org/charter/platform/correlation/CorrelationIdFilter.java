package org.charter.platform.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.charter.conventions.CorrelationIds;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code X-Correlation-Id} (or creates one), echoes it on the response, and keeps it in the
 * MDC and a request attribute for as long as the request is served. Runs before security, so
 * even a 401 carries the id.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        Object known = request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE);
        String correlationId = known instanceof String id
                ? id
                : CorrelationIds.acceptOrCreate(request.getHeader(CorrelationId.HEADER));
        request.setAttribute(CorrelationId.REQUEST_ATTRIBUTE, correlationId);
        response.setHeader(CorrelationId.HEADER, correlationId);
        String outer = MDC.get(CorrelationId.MDC_KEY);
        MDC.put(CorrelationId.MDC_KEY, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(CorrelationId.MDC_KEY);
            } else {
                MDC.put(CorrelationId.MDC_KEY, outer);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // the error dispatch runs again with the id of the request it reports on
        return false;
    }
}
