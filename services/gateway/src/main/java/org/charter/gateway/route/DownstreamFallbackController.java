package org.charter.gateway.route;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.net.URI;
import java.util.concurrent.TimeoutException;
import org.charter.gateway.problem.GatewayProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when its service cannot answer: a problem+json that
 * names the service, 504 when it was too slow, 503 when it is down or its breaker is open.
 */
@RestController
class DownstreamFallbackController {

    static final String PATH_PREFIX = "/gateway/unavailable/";

    private static final Logger log = LoggerFactory.getLogger(DownstreamFallbackController.class);

    @RequestMapping(PATH_PREFIX + "{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} service did not answer: {}", service, cause == null ? "no cause recorded" : cause.toString());
        ProblemDetail problem = cause instanceof TimeoutException
                ? GatewayProblems.serviceTimeout(service)
                : GatewayProblems.serviceUnavailable(service, cause instanceof CallNotPermittedException);
        String requested = exchange.getAttribute(RouteConfiguration.REQUESTED_PATH);
        if (requested != null) {
            problem.setInstance(URI.create(requested));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
