package org.charter.gateway.route;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.concurrent.TimeoutException;
import org.charter.conventions.ExchangeProblems;
import org.charter.gateway.problem.GatewayProblems;
import org.charter.gateway.problem.ProblemResponses;
import org.charter.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker forwards when its service cannot answer: a problem+json that
 * names the service, 504 when it was too slow, 503 when it is down or its breaker is open.
 * Internal: only such a forward reaches it (the route marks the exchange, which no client can);
 * asked for directly, or for a service the route table does not know, it is not there (404).
 * Not part of the gateway's API, so not in its OpenAPI document.
 */
@Hidden
@RestController
class DownstreamFallbackController {

    static final String PATH_PREFIX = "/gateway/unavailable/";

    private static final Logger log = LoggerFactory.getLogger(DownstreamFallbackController.class);

    private final ServiceRoutes table;
    private final ProblemResponses responses;

    DownstreamFallbackController(ServiceRoutes table, ProblemResponses responses) {
        this.table = table;
        this.responses = responses;
    }

    @RequestMapping(PATH_PREFIX + "{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String requested = exchange.getAttribute(RouteConfiguration.REQUESTED_PATH);
        if (requested == null || !table.getServices().containsKey(service)) {
            return responses.write(exchange, Problems.of(ExchangeProblems.nothingAt(exchange.getRequest().getPath().value())));
        }
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("{} service did not answer: {}", service, cause == null ? "no cause recorded" : cause.toString());
        ProblemDetail problem = cause instanceof TimeoutException
                ? GatewayProblems.serviceTimeout(service)
                : GatewayProblems.serviceUnavailable(service, cause instanceof CallNotPermittedException);
        problem.setInstance(ProblemResponses.instanceOf(requested));
        return responses.write(exchange, problem);
    }
}
