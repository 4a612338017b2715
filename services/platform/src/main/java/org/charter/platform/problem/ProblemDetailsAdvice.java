package org.charter.platform.problem;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.List;
import org.charter.platform.error.CharterException;
import org.charter.platform.infrastructure.InfrastructureFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Routes everything a Charter controller can throw to the concern that answers it, as
 * {@code application/problem+json}: a service's refusals ({@link DomainRefusals}), invalid input
 * ({@link ValidationResults}, {@link UnreadableBodies}), the HTTP exchange itself, security
 * ({@link ControllerSecurityFailures}) and, last, anything unexpected: logged with the correlation
 * id, answered 500 without a word about its internals. What each problem says is in
 * {@link PlatformProblems}. One advice rather than one per concern, so that Spring picks the
 * handler by the thrown type, never by a cause the type wraps. Ordered last, so a service's own
 * advice (ordered before it) is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ControllerSecurityFailures security;
    private final ProblemWriter writer;

    public ProblemDetailsAdvice(ControllerSecurityFailures security, ProblemWriter writer) {
        this.security = security;
        this.writer = writer;
    }

    // ---- a service's refusals ----

    @ExceptionHandler(CharterException.class)
    ResponseEntity<Object> refused(CharterException refusal, WebRequest request) {
        return answer(refusal, DomainRefusals.problemOf(refusal), DomainRefusals.headersOf(refusal), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentModification(OptimisticLockingFailureException ex, WebRequest request) {
        return answer(ex, PlatformProblems.concurrentModification(), new HttpHeaders(), request);
    }

    // ---- security decisions taken inside the controller (method security) ----

    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException denied, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        security.answer(denied, request, response);
    }

    @ExceptionHandler(AuthenticationException.class)
    void unauthenticated(AuthenticationException failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        security.answer(failure, request, response);
    }

    /** The firewall's request wrapper refuses a header only when it is read: by a resolver or the controller itself. */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex, HttpServletRequest request, WebRequest webRequest) {
        return answer(ex, PlatformProblems.requestRejected(request.getMethod()), new HttpHeaders(), webRequest);
    }

    // ---- invalid input ----

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, PlatformProblems.validationFailed(ValidationResults.of(ex)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!status.is4xxClientError()) {
            // a constraint on a return value failed: the server's fault, not the caller's
            return unexpected(ex, request);
        }
        return answer(ex, PlatformProblems.validationFailed(ValidationResults.of(ex)), headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        return answer(ex, PlatformProblems.validationFailed(ValidationResults.of(ex)), new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, UnreadableBodies.problemOf(ex), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        CharterException refusal = DomainRefusals.within(ex);
        if (refusal != null) {
            return refused(refusal, request); // a converter that knows the value names nothing, e.g. a malformed member id
        }
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        return answer(ex, PlatformProblems.invalidParameter(name, ex.getValue(), ExpectedValues.of(ex.getRequiredType())),
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, PlatformProblems.missingParameter(ex.getParameterName()), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingPathVariableException) {
            // a template/parameter mismatch in the controller itself
            return unexpected(ex, request);
        }
        return answer(ex, PlatformProblems.missingRequestValue(ex.getBody().getDetail()), headers, request);
    }

    // ---- the HTTP exchange: no such path, method or media type ----

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, PlatformProblems.nothingAt(pathOf(request)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, PlatformProblems.nothingAt(pathOf(request)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, PlatformProblems.methodNotAllowed(ex.getMethod(), ex.getSupportedHttpMethods()),
                headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object contentType = ex.getContentType() != null ? ex.getContentType() : request.getHeader(HttpHeaders.CONTENT_TYPE);
        List<MediaType> supported = ex.getSupportedMediaTypes().isEmpty() ? List.of(MediaType.APPLICATION_JSON)
                : ex.getSupportedMediaTypes();
        return answer(ex, PlatformProblems.unsupportedMediaType(contentType, supported), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, PlatformProblems.notAcceptable(ex.getSupportedMediaTypes()), headers, request);
    }

    private static String pathOf(WebRequest request) {
        return request.getDescription(false).replaceFirst("^uri=", "");
    }

    // ---- everything else ----

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (InfrastructureFailures.isTransient(ex)) {
            log.warn("Storage or broker unavailable serving {}: {}", request.getDescription(false), ex.toString());
            HttpHeaders retry = new HttpHeaders();
            retry.set(HttpHeaders.RETRY_AFTER, "5");
            return answer(ex, PlatformProblems.infrastructureUnavailable(), retry, request);
        }
        log.error("Unexpected failure serving {}", request.getDescription(false), ex);
        return answer(ex, PlatformProblems.internalError(), new HttpHeaders(), request);
    }

    private ResponseEntity<Object> answer(Exception ex, ProblemDetail problem, HttpHeaders headers,
                                          WebRequest request) {
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /**
     * The single exit, also for the Spring MVC exceptions not routed above: every problem leaves
     * through the writer, as problem+json whatever the request's {@code Accept} says. (Through
     * content negotiation, an {@code Accept} Spring cannot parse would leave an error without a body.)
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (statusCode.is5xxServerError() && !ProblemCodes.INTERNAL_ERROR.equals(Problems.codeOf(problem))) {
                log.error("Server-side failure serving {}", request.getDescription(false), ex);
            }
            ProblemWriter.finish(problem);
            if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                    && !servlet.getResponse().isCommitted()) {
                write(problem, headers, servlet.getRequest(), servlet.getResponse());
                return null;
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private void write(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request,
                       HttpServletResponse response) {
        try {
            response.resetBuffer();
            headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            writer.write(problem, request, response);
        } catch (IOException gone) {
            log.debug("Could not write a problem: the client has gone ({})", gone.toString());
        }
    }
}
