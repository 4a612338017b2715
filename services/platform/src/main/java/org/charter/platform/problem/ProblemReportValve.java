package org.charter.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.charter.conventions.CorrelationIds;
import org.charter.conventions.ExchangeProblems;
import org.charter.conventions.ProblemMembers;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word as problem+json: what Tomcat refuses before any servlet, filter or error page
 * of the application runs (a malformed request line, a path it cannot decode or normalise, an
 * encoded '/', an invalid header, a request line and headers larger than it reads) and whatever
 * reaches the host with an error status and no body. Takes the place of Tomcat's HTML
 * {@link ErrorReportValve} on the host, so no request is answered with a page of HTML, or not at
 * all. (Errors inside the application go to the error path first: {@link ProblemErrorController}.)
 */
public class ProblemReportValve extends ErrorReportValve {

    /** Tomcat's own sentence for a request line plus headers larger than its buffer, in the locale it runs in. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    private static final StringManager HEADERS = StringManager.getManager("org.apache.tomcat.util.http");

    private static final int TOMCAT_DEFAULT_HEADER_SIZE = 8 * 1024;

    private final ObjectMapper json;

    public ProblemReportValve(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own valve: only an error nobody has answered yet, and only while the connection can take it
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String correlationId = CorrelationIds.acceptOrCreate(request.getHeader(CorrelationIds.HEADER));
        ProblemDetail problem = problemOf(request, status, throwable);
        ProblemWriter.finish(problem);
        problem.setProperty(ProblemMembers.CORRELATION_ID, correlationId);
        problem.setInstance(ServerRefusals.instanceOf(request.getRequestURI()));
        try {
            response.setStatus(problem.getStatus());
            if (problem.getStatus() == 405) {
                response.setHeader("Allow", String.join(", ", ExchangeProblems.METHODS));
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader(CorrelationIds.HEADER, correlationId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
            }
        } catch (JsonProcessingException e) {
            container.getLogger().warn("Could not write a problem for status " + status, e);
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing left to tell it
        }
    }

    private ProblemDetail problemOf(Request request, int status, Throwable throwable) {
        if (throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            // Tomcat reads the request line and the headers into one buffer: if even the request
            // line did not fit, no URI was parsed and it is the URI that is too long
            int limit = maxHeaderSize(request);
            return request.getCoyoteRequest().requestURI().isNull()
                    ? PlatformProblems.uriTooLong(limit)
                    : PlatformProblems.headersTooLarge(limit);
        }
        if (throwable instanceof IllegalStateException && tooManyHeaders(request, throwable.getMessage())) {
            return PlatformProblems.headersTooLarge(maxHeaderSize(request));
        }
        return ServerRefusals.problemOf(status, throwable, request.getMethod(), request.getRequestURI());
    }

    private static boolean tooManyHeaders(Request request, String message) {
        AbstractHttp11Protocol<?> http11 = http11(request);
        return http11 != null && HEADERS.getString("headers.maxCountFail", http11.getMaxHeaderCount()).equals(message);
    }

    private static int maxHeaderSize(Request request) {
        AbstractHttp11Protocol<?> http11 = http11(request);
        return http11 != null ? http11.getMaxHttpRequestHeaderSize() : TOMCAT_DEFAULT_HEADER_SIZE;
    }

    private static AbstractHttp11Protocol<?> http11(Request request) {
        return request.getConnector() != null
                && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http11 ? http11 : null;
    }
}
