package org.charter.election.ballot.adapter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.regex.Pattern;
import org.charter.platform.idempotency.IdempotencyKey;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a ballot's {@code Idempotency-Key} away from the platform's idempotency filter, which
 * would store the answer (the receipt) in clear under the caller's subject: the ballot use case
 * seals its answer under that key itself (ADR 0017). Runs after Spring Security and before the
 * platform's filter; the key travels on as a request attribute.
 */
class BallotKeyFilter extends OncePerRequestFilter {

    static final String KEY_ATTRIBUTE = BallotKeyFilter.class.getName() + ".key";
    private static final Pattern BALLOTS = Pattern.compile("/api/v1/contests/[^/]+/ballots/?");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !BALLOTS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(KEY_ATTRIBUTE, request.getHeader(IdempotencyKey.HEADER));
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return IdempotencyKey.HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return IdempotencyKey.HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(n -> !IdempotencyKey.HEADER.equalsIgnoreCase(n)).toList());
            }
        }, response);
    }
}
