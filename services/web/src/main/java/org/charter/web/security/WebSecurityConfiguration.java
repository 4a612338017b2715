package org.charter.web.security;

import jakarta.servlet.DispatcherType;
import org.charter.platform.correlation.CorrelationIdFilter;
import org.charter.web.signin.PageAfterSignIn;
import org.charter.web.signin.SignOn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * A browser's security: a server-side session (cookie {@code CHARTER_WEB_SESSION}, see web.yml),
 * a CSRF token in every form (Spring Security's default, which Thymeleaf's {@code th:action}
 * fills in), and every page but the sign-in page, the public pages, the assets and the health check
 * for a person signed in. Someone not signed in is sent to the sign-in page; an htmx request is told to go
 * there ({@code HX-Redirect}) rather than receiving the sign-in page as a fragment; the page a
 * browser asked for is remembered and shown once signed in ({@link PageAfterSignIn}). Under the
 * production profile {@link SignOn} adds the OpenID Connect sign-in to this chain.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration {

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, SecurityContextRepository contexts, PageAfterSignIn pageAfterSignIn,
                                    ObjectProvider<SignOn> signOn) throws Exception {
        http.securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/sign-in", "/public", "/public/**", "/assets/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.requestCache(pageAfterSignIn.requestCache()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, refused) -> {
                    if (request.getHeader("HX-Request") != null) {
                        response.setHeader("HX-Redirect", "/sign-in");
                        response.setStatus(401);
                    } else {
                        response.sendRedirect("/sign-in");
                    }
                }))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut")
                        .deleteCookies("CHARTER_WEB_SESSION"));
        SignOn production = signOn.getIfAvailable();
        if (production != null) {
            production.configure(http, pageAfterSignIn);
        }
        return http.build();
    }

    /** The platform's correlation ids: each request's id is logged and passed on to the APIs it calls. */
    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
