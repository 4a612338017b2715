package org.charter.gateway.problem;

import org.charter.conventions.ExchangeProblem;
import org.charter.conventions.ExchangeProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Every failure of a request the gateway handles itself, as a problem of the shared vocabulary
 * ({@link ExchangeProblems}): no such path, method or media type, a body too large or unreadable,
 * and last anything unexpected (500, logged, without a word about its cause). Ordered before
 * Spring Boot's error handler, whose {@code {timestamp, status, error, path}} is not a problem.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemResponses responses;
    private final long maxBodyBytes;

    public ProblemExceptionHandler(ProblemResponses responses,
                                   @Value("${charter.web.max-body-size:256KB}") DataSize maxBodySize) {
        this.responses = responses;
        this.maxBodyBytes = maxBodySize.toBytes();
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(failure)) {
            // nobody is left to answer (e.g. the connection was closed after a broken body was refused)
            return Mono.empty();
        }
        ProblemDetail problem = Problems.of(problemOf(exchange, failure));
        if (failure instanceof ResponseStatusException status) {
            exchange.getResponse().getHeaders().addAll(status.getHeaders());
        }
        return responses.write(exchange, problem);
    }

    private ExchangeProblem problemOf(ServerWebExchange exchange, Throwable failure) {
        String path = exchange.getRequest().getPath().value();
        if (failure instanceof MethodNotAllowedException notAllowed) {
            return ExchangeProblems.methodNotAllowed(notAllowed.getHttpMethod(),
                    notAllowed.getSupportedMethods().stream().map(Object::toString).sorted().toList());
        }
        if (failure instanceof UnsupportedMediaTypeStatusException unsupported) {
            return ExchangeProblems.unsupportedMediaType(unsupported.getContentType(), unsupported.getSupportedMediaTypes());
        }
        if (failure instanceof NotAcceptableStatusException notAcceptable) {
            return ExchangeProblems.notAcceptable(notAcceptable.getSupportedMediaTypes());
        }
        if (failure instanceof PayloadTooLargeException || failure instanceof DataBufferLimitException
                || failure.getCause() instanceof DataBufferLimitException) {
            return ExchangeProblems.bodyTooLarge(maxBodyBytes);
        }
        if (failure instanceof ServerWebInputException) {
            return ExchangeProblems.unreadableBody();
        }
        if (failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError()) {
            return ExchangeProblems.ofStatus(status.getStatusCode().value(), exchange.getRequest().getMethod().name(), path);
        }
        log.error("Unexpected failure serving {} {}", exchange.getRequest().getMethod(), path, failure);
        return ExchangeProblems.internalError();
    }
}
