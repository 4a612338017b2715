package org.charter.gateway.server;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import org.charter.conventions.CorrelationIds;
import org.charter.conventions.ExchangeProblem;
import org.charter.conventions.ExchangeProblems;
import org.charter.conventions.ProblemMembers;
import org.charter.gateway.problem.ProblemResponses;
import org.charter.gateway.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Sits on each connection right after Netty's HTTP codec, below WebFlux, and makes sure no
 * request goes without a problem+json answer:
 * <ul>
 *   <li>an error the server answers with nothing but a status (Reactor Netty's 414 for a request
 *       line too long, 431 for headers too large, 400 for a request it cannot decode; Spring's
 *       400 for a request target it cannot parse as a URI) gets the problem of that status;</li>
 *   <li>a chunked body whose framing breaks, where Reactor Netty would close the connection
 *       without a word, is answered 400 before the connection is closed.</li>
 * </ul>
 * One instance per connection (it remembers the request it is answering).
 */
final class BareErrorAnswers extends ChannelDuplexHandler {

    static final String NAME = "charter.bareErrorAnswers";

    private final ProblemResponses problems;
    private final Limits limits;
    private HttpMethod method;
    private String target;
    private String correlationId;
    private boolean answering;

    /** What the server reads at most, for the sentences that name them. */
    record Limits(long maxRequestLine, long maxHeaders) {
    }

    BareErrorAnswers(ProblemResponses problems, Limits limits) {
        this.problems = problems;
        this.limits = limits;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            method = request.method();
            target = request.decoderResult().isSuccess() ? request.uri() : null;
            correlationId = CorrelationIds.acceptOrCreate(request.headers().get(CorrelationIds.HEADER));
            answering = false;
        } else if (msg instanceof HttpContent content && content.decoderResult().isFailure()) {
            ReferenceCountUtil.release(msg);
            if (!answering) {
                answering = true;
                FullHttpResponse answer = problemResponse(ExchangeProblems.bodyUnreadable());
                answer.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
                ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
            } else {
                ctx.close();
            }
            return;
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof HttpResponse) {
            answering = true;
        }
        if (msg instanceof FullHttpResponse response && isBare(response)) {
            FullHttpResponse answer = problemResponse(problemFor(response.status().code()));
            if (answer.status().code() == 405) {
                answer.headers().set(HttpHeaderNames.ALLOW, String.join(", ", ExchangeProblems.METHODS));
            }
            // what the server decided about the connection stands (it closes after a request it could not decode)
            String connection = response.headers().get(HttpHeaderNames.CONNECTION);
            if (connection != null) {
                answer.headers().set(HttpHeaderNames.CONNECTION, connection);
            }
            response.release();
            super.write(ctx, answer, promise);
            return;
        }
        super.write(ctx, msg, promise);
    }

    /** An error answer with no body and no type: the server's own, never a service's or WebFlux's (they say what they are). */
    private static boolean isBare(FullHttpResponse response) {
        return response.status().code() >= 400 && !response.content().isReadable()
                && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE);
    }

    private ExchangeProblem problemFor(int status) {
        return switch (status) {
            case 414 -> ExchangeProblems.uriTooLong(limits.maxRequestLine());
            case 431 -> ExchangeProblems.headersTooLarge(limits.maxHeaders());
            default -> ExchangeProblems.ofServerRefusal(status, method == null ? null : method.name(), target);
        };
    }

    private FullHttpResponse problemResponse(ExchangeProblem exchangeProblem) {
        String id = correlationId == null ? CorrelationIds.create() : correlationId;
        ProblemDetail problem = Problems.of(exchangeProblem);
        problem.setInstance(ProblemResponses.instanceOf(target));
        problem.setProperty(ProblemMembers.CORRELATION_ID, id);
        byte[] body = problems.bytes(problem);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(problem.getStatus()), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(CorrelationIds.HEADER, id);
        return response;
    }
}
