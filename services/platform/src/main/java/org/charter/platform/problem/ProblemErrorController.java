package org.charter.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error path ({@code server.error.path}, default {@code /error}) as problem+json, whatever the
 * method and the {@code Accept} header: where the servlet container sends a request that failed
 * outside Spring MVC (an exception out of a filter, a {@code sendError} from anywhere, a body it
 * could not read). Takes the place of Spring Boot's {@code BasicErrorController}, whose
 * {@code {timestamp, status, error, path}} is not a problem.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final ProblemWriter writer;

    public ProblemErrorController(ProblemWriter writer) {
        this.writer = writer;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            // asked for directly: there is nothing here for a client
            writer.write(PlatformProblems.nothingAt(request.getRequestURI()), request, response);
            return;
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (status >= 500) {
            log.error("Failure outside the controllers serving {}", path, failure);
        }
        ProblemDetail problem = ServerRefusals.problemOf(status, failure, request.getMethod(), path);
        response.resetBuffer();
        writer.write(problem, request, response);
    }
}
