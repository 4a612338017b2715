package org.charter.platform.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.charter.platform.problem.PlatformProblems;
import org.charter.platform.problem.ProblemWriter;
import org.charter.platform.security.ReadMethods;
import org.charter.platform.web.BufferedBodyRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours {@code Idempotency-Key} on every command under {@code /api/}: runs after Spring
 * Security (the key is scoped to the authenticated subject, and a refused request claims
 * nothing), fingerprints method, path, subject and body, and either runs the command once and
 * keeps its answer, or repeats the first answer, or refuses (422 reused key, 409 in progress,
 * 400 malformed key). One mechanism for every service.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    /** Headers of the first answer worth repeating; the rest (dates, correlation id) belong to each exchange. */
    private static final Set<String> KEPT_HEADERS = Set.of(
            HttpHeaders.LOCATION, HttpHeaders.CONTENT_LOCATION, HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
            HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LINK, HttpHeaders.ALLOW);

    private final IdempotentCommands commands;
    private final ProblemWriter problems;

    public IdempotencyFilter(IdempotentCommands commands, ProblemWriter problems) {
        this.commands = commands;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ReadMethods.isRead(request.getMethod())
                || !path.startsWith("/api/")
                || request.getHeader(IdempotencyKey.HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rawKey = request.getHeader(IdempotencyKey.HEADER);
        if (!IdempotencyKey.isWellFormed(rawKey)) {
            problems.write(PlatformProblems.idempotencyKeyInvalid(), request, response);
            return;
        }
        String subject = subjectOf(SecurityContextHolder.getContext().getAuthentication());
        IdempotencyKey key = new IdempotencyKey(subject, rawKey);
        BufferedBodyRequest cached = new BufferedBodyRequest(request, request.getInputStream().readAllBytes());
        String fingerprint = fingerprint(request, subject, cached.body());

        IdempotentCommands.Decision decision = commands.begin(key, fingerprint);
        if (decision instanceof IdempotentCommands.Proceed) {
            execute(key, cached, response, chain);
        } else if (decision instanceof IdempotentCommands.Replay replay) {
            replay(replay.response(), response);
        } else if (decision instanceof IdempotentCommands.KeyReused) {
            problems.write(PlatformProblems.idempotencyKeyReused(), request, response);
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            problems.write(PlatformProblems.idempotencyKeyInProgress(), request, response);
        }
    }

    private void execute(IdempotencyKey key, BufferedBodyRequest request, HttpServletResponse response,
                         FilterChain chain) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            commands.abandon(key);
            throw e;
        }
        StoredResponse answer = answerOf(recorded);
        try {
            if (answer.status() >= 400 && answer.body().length == 0) {
                // an error rendered later by the container's error dispatch: nothing to repeat faithfully
                commands.abandon(key);
            } else if (recorded.getHeader(HttpHeaders.RETRY_AFTER) != null) {
                // a momentary refusal (a concurrent change): the retry its answer asks for must run again
                commands.abandon(key);
            } else {
                commands.finish(key, answer);
            }
        } catch (RuntimeException e) {
            // the command ran; the caller still deserves its answer. The key stays in progress until it times out.
            log.warn("Could not keep the answer for an idempotency key; a retry will be refused until it times out", e);
        }
        recorded.copyBodyToResponse();
    }

    private static StoredResponse answerOf(ContentCachingResponseWrapper recorded) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : recorded.getHeaderNames()) {
            if (KEPT_HEADERS.stream().anyMatch(name::equalsIgnoreCase)) {
                headers.put(name, List.copyOf(recorded.getHeaders(name)));
            }
        }
        if (recorded.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(recorded.getContentType()));
        }
        return new StoredResponse(recorded.getStatus(), headers, recorded.getContentAsByteArray());
    }

    private static void replay(StoredResponse answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(REPLAYED_HEADER, "true");
        byte[] body = answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String subjectOf(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return authentication.getName();
    }

    static String fingerprint(HttpServletRequest request, String subject, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            sha.update((request.getMethod() + "\n" + request.getRequestURI() + query + "\n" + subject + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
