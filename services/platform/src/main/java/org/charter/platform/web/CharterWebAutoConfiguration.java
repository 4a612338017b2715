package org.charter.platform.web;

import org.charter.platform.correlation.CorrelationIdFilter;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web conventions every Charter servlet service shares: correlation ids on every request,
 * request bodies bounded ({@code charter.web.max-body-size}, 256 KB unless a service says otherwise),
 * a caller that accepts no answer refused before a command runs.
 * (Problem+json errors come with {@code CharterProblemAutoConfiguration}, {@code CommandContext}
 * parameters with security.)
 */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CharterWebAutoConfiguration {

    /** Before Spring Security (-100), so a 401 carries the id too, and before anything that logs. */
    public static final int CORRELATION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    /** After the correlation id, before Spring Security and anything that reads a body. */
    public static final int BODY_LIMIT_FILTER_ORDER = CORRELATION_FILTER_ORDER + 10;

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(ProblemWriter problems,
            @Value("${charter.web.max-body-size:256KB}") DataSize maxBodySize) {
        FilterRegistrationBean<BodySizeLimitFilter> registration = new FilterRegistrationBean<>(
                new BodySizeLimitFilter(maxBodySize.toBytes(), problems));
        registration.setOrder(BODY_LIMIT_FILTER_ORDER);
        registration.setName("charterBodySizeLimitFilter");
        return registration;
    }

    /** Requests under /api/ are refused 406 or 415 before they run when their media types cannot work out. */
    @Bean
    WebMvcConfigurer charterMediaTypeChecks() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new MediaTypeChecks()).addPathPatterns("/api/**");
            }
        };
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(CORRELATION_FILTER_ORDER);
        registration.setName("charterCorrelationIdFilter");
        return registration;
    }
}
