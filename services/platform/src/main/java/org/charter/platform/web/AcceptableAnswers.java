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
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Refuses a request whose {@code Accept} header admits no answer the API gives (406
 * {@code NOT_ACCEPTABLE}) before its controller runs. Spring MVC would find that out only when
 * writing the answer, after a command had been carried out: the caller would be told 406 about a
 * change that was made. Charter's APIs answer JSON unless a mapping says otherwise ({@code produces}).
 */
public class AcceptableAnswers implements HandlerInterceptor {

    static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod) || request.getHeader(HttpHeaders.ACCEPT) == null) {
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

    @SuppressWarnings("unchecked")
    private static Collection<MediaType> producible(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return declared instanceof Collection<?> types && !types.isEmpty() ? (Collection<MediaType>) types : JSON;
    }
}
