package org.charter.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.charter.platform.error.CharterException;
import org.charter.platform.error.Conflict;
import org.charter.platform.error.Forbidden;
import org.charter.platform.error.InvalidRequest;
import org.charter.platform.error.NotFound;
import org.charter.platform.error.ProblemCodes;
import org.charter.platform.error.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns everything a Charter controller can throw into {@code application/problem+json}: the
 * status says what happened, {@code detail} what to fix, {@code code} is stable for clients, and
 * validation problems list each offending field in {@code errors}. Unexpected exceptions are
 * logged with the correlation id and answered 500 without a word about their internals.
 * Ordered last, so a service's own advice (ordered before it) is consulted first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    public static final String ERRORS = "errors";

    static final String GENERIC_FAILURE = "Something went wrong on our side; retry later, "
            + "quoting the correlationId if it persists.";

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** One offending input: a body field path ({@code seats[0].name}) or a parameter name. */
    public record InvalidField(String field, String message) {
    }

    // ---- Charter's own refusals ----

    @ExceptionHandler(CharterException.class)
    ResponseEntity<Object> charter(CharterException ex, WebRequest request) {
        HttpStatus status = statusOf(ex);
        ProblemDetail problem = Problems.problem(status, ex.code(), ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof Conflict conflict && conflict.currentVersion() >= 0) {
            problem.setProperty("currentVersion", conflict.currentVersion());
        }
        if (ex instanceof Conflict conflict && conflict.isMomentary()) {
            headers.set(HttpHeaders.RETRY_AFTER, "1"); // the same command may succeed now: also frees its Idempotency-Key
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    private static HttpStatus statusOf(CharterException ex) {
        if (ex instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (ex instanceof Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (ex instanceof Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (ex instanceof InvalidRequest) {
            return HttpStatus.BAD_REQUEST;
        }
        if (ex instanceof RuleViolation) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentModification(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, ProblemCodes.CONCURRENT_MODIFICATION,
                "The resource was changed by someone else meanwhile; read it again and retry.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    // ---- security decisions taken inside the controller (method security) ----

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            return unauthenticated(ex, request);
        }
        ProblemDetail problem = Problems.problem(HttpStatus.FORBIDDEN, ProblemCodes.FORBIDDEN,
                "Your role may not do this.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> authentication(AuthenticationException ex, WebRequest request) {
        return unauthenticated(ex, request);
    }

    private ResponseEntity<Object> unauthenticated(Exception ex, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNAUTHORIZED, ProblemCodes.UNAUTHENTICATED,
                "A valid bearer token is required.");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNAUTHORIZED, request);
    }

    // ---- validation ----

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> fields = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            fields.add(new InvalidField(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
            fields.add(new InvalidField(error.getObjectName(), error.getDefaultMessage()));
        }
        return validationFailed(ex, fields, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!status.is4xxClientError()) {
            // a constraint on a return value failed: the server's fault, not the caller's
            return unexpected(ex, request);
        }
        List<InvalidField> fields = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> fields.add(new InvalidField(
                    error instanceof FieldError fieldError ? name + "." + fieldError.getField() : name,
                    error.getDefaultMessage())));
        });
        return validationFailed(ex, fields, headers, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<InvalidField> fields = ex.getConstraintViolations().stream()
                .map(violation -> new InvalidField(leafName(violation), violation.getMessage()))
                .toList();
        return validationFailed(ex, fields, new HttpHeaders(), request);
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            leaf = node.getName();
        }
        return leaf == null ? violation.getPropertyPath().toString() : leaf;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        String name = parameter.getParameterName();
        return name != null ? name : "argument" + parameter.getParameterIndex();
    }

    private ResponseEntity<Object> validationFailed(Exception ex, List<InvalidField> fields, HttpHeaders headers,
                                                    WebRequest request) {
        List<InvalidField> sorted = fields.stream()
                .sorted(Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message))
                .toList();
        String detail = sorted.stream()
                .map(field -> field.field() + ": " + field.message())
                .collect(Collectors.joining("; ", "Invalid input. ", "."));
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.VALIDATION_FAILED, detail);
        problem.setProperty(ERRORS, sorted);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    // ---- unreadable requests ----

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = unreadable(ex);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static ProblemDetail unreadable(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause == null && ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_BODY,
                    "A JSON request body is required.");
        }
        if (cause instanceof JsonParseException parse) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "The body is not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                            + parse.getLocation().getColumnNr() + "): " + parse.getOriginalMessage());
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "Unknown field '" + pathOf(unknown) + "'.");
        }
        if (cause instanceof InvalidFormatException format) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "Field '" + pathOf(format) + "' has an invalid value '" + format.getValue() + "': expected "
                            + expected(format.getTargetType()) + ".");
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "Field '" + pathOf(mismatch) + "' has the wrong type: expected "
                            + expected(mismatch.getTargetType()) + ".");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "Field '" + pathOf(mapping) + "' has an unusable value.");
        }
        if (cause instanceof MismatchedInputException mismatch) {
            return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                    "The body has the wrong shape: expected " + expected(mismatch.getTargetType()) + ".");
        }
        return Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                "The request body could not be read as JSON of the expected shape.");
    }

    static String pathOf(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : ex.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (type.isArray() || Iterable.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class && type != char.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "an ISO-8601 " + type.getSimpleName();
        }
        return "an object";
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (refusalIn(ex) instanceof CharterException refusal) {
            return charter(refusal, request); // a converter that knows the value names nothing, e.g. a malformed member id
        }
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.INVALID_PARAMETER,
                "Parameter '" + name + "' has an invalid value '" + ex.getValue() + "': expected "
                        + expected(ex.getRequiredType()) + ".");
        problem.setProperty(ERRORS, List.of(new InvalidField(name, "expected " + expected(ex.getRequiredType()))));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static Throwable refusalIn(Throwable ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CharterException) {
                return cause;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER,
                "Parameter '" + ex.getParameterName() + "' is required.");
        problem.setProperty(ERRORS, List.of(new InvalidField(ex.getParameterName(), "is required")));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingPathVariableException) {
            // a template/parameter mismatch in the controller itself
            return unexpected(ex, request);
        }
        ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, ProblemCodes.MISSING_PARAMETER,
                ex.getBody().getDetail());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    // ---- routing ----

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    private ResponseEntity<Object> notFound(Exception ex, HttpHeaders headers, WebRequest request) {
        String path = request.getDescription(false).replaceFirst("^uri=", "");
        ProblemDetail problem = Problems.problem(HttpStatus.NOT_FOUND, ProblemCodes.NOT_FOUND,
                "Nothing is found at " + path + ".");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.METHOD_NOT_ALLOWED, ProblemCodes.METHOD_NOT_ALLOWED,
                "Method " + ex.getMethod() + " is not allowed here; allowed: " + ex.getSupportedHttpMethods() + ".");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.METHOD_NOT_ALLOWED, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type " + (ex.getContentType() == null ? "(none)" : "'" + ex.getContentType() + "'")
                        + " is not supported; send " + ex.getSupportedMediaTypes() + ".");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.problem(HttpStatus.NOT_ACCEPTABLE, ProblemCodes.NOT_ACCEPTABLE,
                "None of the accepted media types can be produced; acceptable: " + ex.getSupportedMediaTypes() + ".");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_ACCEPTABLE, request);
    }

    // ---- everything else ----

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure serving {}", request.getDescription(false), ex);
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCodes.INTERNAL_ERROR,
                GENERIC_FAILURE);
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** The single exit: every problem, also Spring's own, gets a Charter type, code and correlation id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Object code = problem.getProperties() == null ? null : problem.getProperties().get(Problems.CODE);
            if (statusCode.is5xxServerError() && !ProblemCodes.INTERNAL_ERROR.equals(code)) {
                log.error("Server-side failure serving {}", request.getDescription(false), ex);
                problem.setDetail(GENERIC_FAILURE);
            }
            if (code == null) {
                Problems.withCode(problem, Problems.defaultCode(statusCode));
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }
}
