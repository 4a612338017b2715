package org.charter.gateway.limit;

import org.charter.conventions.ExchangeProblems;
import org.charter.gateway.problem.ProblemResponses;
import org.charter.gateway.problem.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than {@code charter.web.max-body-size} (256 KB unless configured;
 * the services' setting of the same name) with 413 {@code PAYLOAD_TOO_LARGE}, before anything
 * else runs and before anything is forwarded. A declared {@code Content-Length} is judged at once;
 * a body of unknown length (chunked) is read up to the limit and forwarded from memory, with its
 * length declared, so a service never receives a body the gateway has not measured.
 */
@Component
public class BodySizeLimitWebFilter implements WebFilter, Ordered {

    /** Right after the correlation id, before everything else. */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    private final long maxBytes;
    private final ProblemResponses problems;

    public BodySizeLimitWebFilter(@Value("${charter.web.max-body-size:256KB}") DataSize maxBodySize,
                                  ProblemResponses problems) {
        this.maxBytes = maxBodySize.toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        long declared = headers.getContentLength();
        if (declared > maxBytes) {
            return refuse(exchange);
        }
        if (declared >= 0 || !headers.containsKey(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), (int) Math.min(maxBytes, Integer.MAX_VALUE))
                .map(BodySizeLimitWebFilter::bytesOf)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> chain.filter(exchange.mutate().request(new MeasuredBody(exchange.getRequest(), body)).build()))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> refuse(exchange));
    }

    private Mono<Void> refuse(ServerWebExchange exchange) {
        // the rest of the body is not read: the connection cannot carry another request
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return problems.write(exchange, Problems.of(ExchangeProblems.bodyTooLarge(maxBytes)));
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** The request with its body read into memory: a declared length instead of chunks. */
    private static final class MeasuredBody extends ServerHttpRequestDecorator {

        private final byte[] body;
        private final HttpHeaders headers;

        MeasuredBody(ServerHttpRequest request, byte[] body) {
            super(request);
            this.body = body;
            this.headers = new HttpHeaders();
            this.headers.putAll(request.getHeaders());
            this.headers.remove(HttpHeaders.TRANSFER_ENCODING);
            this.headers.setContentLength(body.length);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
        }
    }
}
