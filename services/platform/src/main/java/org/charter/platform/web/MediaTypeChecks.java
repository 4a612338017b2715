package org.charter.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Settles the media types of a request before its controller runs:
 * <ul>
 *   <li>an {@code Accept} header that admits no answer the API gives is refused 406
 *       {@code NOT_ACCEPTABLE}. Spring MVC would find that out only when writing the answer, after a
 *       command had been carried out: the caller would be told 406 about a change that was made.
 *       Charter's APIs answer JSON unless a mapping says otherwise ({@code produces});</li>
 *   <li>a {@code Content-Type} that is no media type, or a wildcard ({@code *}{@code /*}), is refused
 *       415 {@code UNSUPPORTED_MEDIA_TYPE}; Spring MVC would fail on it with a server error when
 *       reading the body.</li>
 * </ul>
 */
public class MediaTypeChecks implements HandlerInterceptor {

    static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException, HttpMediaTypeNotSupportedException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        checkContentType(request.getHeader(HttpHeaders.CONTENT_TYPE));
        if (request.getHeader(HttpHeaders.ACCEPT) == null) {
            return true;
        }
        Collection<MediaType> producible = producible(request);
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotAcceptableException(List.copyOf(producible));
        }
        if (accepted.isEmpty() || accepted.stream().anyMatch(type -> producible.stream().anyMatch(type::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(List.copyOf(producible));
    }

    private static void checkContentType(String contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType == null) {
            return;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            if (!type.isConcrete()) {
                throw new HttpMediaTypeNotSupportedException("Content-Type is a wildcard: " + contentType);
            }
        } catch (InvalidMediaTypeException unreadable) {
            throw new HttpMediaTypeNotSupportedException("Content-Type is no media type: " + contentType);
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<MediaType> producible(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return declared instanceof Collection<?> types && !types.isEmpty() ? (Collection<MediaType>) types : JSON;
    }
}
