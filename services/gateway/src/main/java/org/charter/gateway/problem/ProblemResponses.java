package org.charter.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import org.charter.conventions.CorrelationIds;
import org.charter.conventions.ProblemMembers;
import org.charter.gateway.correlation.CorrelationIdWebFilter;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The one way out for a problem the gateway answers itself: problem+json whatever the request's
 * {@code Accept} says, with the request's correlation id, its path as {@code instance}. (What a
 * service answers passes through untouched.)
 */
@Component
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (problem.getInstance() == null) {
            problem.setInstance(instanceOf(exchange.getRequest().getPath().value()));
        }
        Object correlationId = exchange.getAttribute(CorrelationIdWebFilter.ATTRIBUTE);
        if (correlationId != null) {
            problem.setProperty(ProblemMembers.CORRELATION_ID, correlationId);
        }
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = bytes(problem);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** The problem as it goes on the wire, for the server's own answers below WebFlux. */
    public byte[] bytes(ProblemDetail problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem could not be written as JSON", e);
        }
    }

    /** A new id, or the caller's when acceptable, for answers given before the correlation filter ran. */
    public static String correlationIdOf(String given) {
        return CorrelationIds.acceptOrCreate(given);
    }

    /** The path as a problem's {@code instance}, or null when it is not a URI reference. */
    public static URI instanceOf(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
