package org.charter.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Problem+json for every error a Charter servlet service answers: the writer the security handlers
 * and filters use, and the controller advice. Before Spring MVC's auto-configuration, so that
 * Boot's own problem-details handler backs off in favour of Charter's advice.
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CharterProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    /** The security answers are the filter chain's (CharterSecurityAutoConfiguration); these stand in when a service has several. */
    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice(ProblemWriter writer, ObjectProvider<AuthenticationEntryPoint> entryPoints,
                                              ObjectProvider<AccessDeniedHandler> accessDeniedHandlers) {
        AuthenticationEntryPoint entryPoint = entryPoints.getIfUnique(() -> (request, response, failure) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            writer.write(PlatformProblems.tokenRequired(), request, response);
        });
        AccessDeniedHandler accessDenied = accessDeniedHandlers.getIfUnique(() -> (request, response, denied) ->
                writer.write(PlatformProblems.roleMayNotDoThis(), request, response));
        return new ProblemDetailsAdvice(new ControllerSecurityFailures(entryPoint, accessDenied));
    }
}
