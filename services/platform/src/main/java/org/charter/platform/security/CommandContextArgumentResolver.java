package org.charter.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.charter.conventions.CorrelationIds;
import org.charter.platform.correlation.CorrelationId;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method declare a {@link CommandContext} (or just an {@link Actor}) parameter:
 * the actor comes from the bearer token, the correlation id from {@code X-Correlation-Id} (or the
 * one created for this request), the causation id from {@code X-Causation-Id} when a caller such
 * as the workflow service names the message that caused the command, and the actor's
 * {@code initiator} from {@code X-Charter-Initiator} when a calling service names the person who
 * started its work (recorded as the caller says; the actor, the caller, stays accountable).
 */
public class CommandContextArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String CAUSATION_HEADER = "X-Causation-Id";
    /** The person who started the work a calling service does (the workflow service sends it); recorded as said. */
    public static final String INITIATOR_HEADER = "X-Charter-Initiator";
    private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile("[A-Za-z0-9._:@\\-]{1,128}");

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == CommandContext.class || type == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Actor actor = withInitiator(CurrentActor.get(), request);
        if (parameter.getParameterType() == Actor.class) {
            return actor;
        }
        return new CommandContext(actor, correlationIdOf(request), causationIdOf(request));
    }

    private static String correlationIdOf(HttpServletRequest request) {
        if (request != null && request.getAttribute(CorrelationId.REQUEST_ATTRIBUTE) instanceof String id) {
            return id;
        }
        return CorrelationId.current().orElseGet(CorrelationIds::create);
    }

    /** The actor with the initiator its caller names, when it names an acceptable person id (else as it is). */
    private static Actor withInitiator(Actor actor, HttpServletRequest request) {
        String initiator = request == null ? null : request.getHeader(INITIATOR_HEADER);
        return initiator != null && PERSON.matcher(initiator).matches() ? actor.initiatedBy(initiator) : actor;
    }

    private static String causationIdOf(HttpServletRequest request) {
        String causation = request == null ? null : request.getHeader(CAUSATION_HEADER);
        return CorrelationIds.isAcceptable(causation) ? causation : null;
    }
}
