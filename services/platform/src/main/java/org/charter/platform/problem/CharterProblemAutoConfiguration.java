package org.charter.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Problem+json for every error a Charter servlet service answers: the writer the security handlers
 * and filters use, the controller advice, the error path and Tomcat's report valve (for what
 * never reaches the application). Before Spring MVC's and the error path's auto-configurations,
 * so that Boot's own problem-details handler and {@code BasicErrorController} back off.
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
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
        return new ProblemDetailsAdvice(new ControllerSecurityFailures(entryPoint, accessDenied), writer);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController(ProblemWriter writer) {
        return new ProblemErrorController(writer);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatReports {

        @Bean
        TomcatProblemReports tomcatProblemReports(ObjectMapper json) {
            return new TomcatProblemReports(json);
        }
    }
}
