package org.charter.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * The one way out for a problem answer. {@link #finish} gives every problem, also one Spring built,
 * a Charter {@code code} (and so {@code type}, {@code title} and {@code correlationId}) and keeps a
 * server-side failure's detail generic; {@link #write} puts it on the wire where nothing else
 * does: in filters and Spring Security's handlers. The controller advice finishes its problems
 * here too and lets Spring MVC render them.
 */
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail finish(ProblemDetail problem) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        if (Problems.codeOf(problem) == null) {
            Problems.withCode(problem, Problems.defaultCode(status));
        }
        if (status.is5xxServerError() && !PlatformProblems.isOwnSentence(problem.getDetail())) {
            // the cause is in the log, under the correlation id; the caller learns nothing of our internals
            problem.setDetail(PlatformProblems.GENERIC_FAILURE);
        }
        return problem;
    }

    public void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        finish(problem);
        if (problem.getInstance() == null) {
            // on an error dispatch, the path the client asked for, not the error path
            Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            problem.setInstance(ServerRefusals.instanceOf(original instanceof String path ? path : request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
