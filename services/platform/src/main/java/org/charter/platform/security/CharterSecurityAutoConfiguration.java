package org.charter.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.List;
import org.charter.platform.problem.ProblemWriter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Makes every Charter servlet service an OAuth2 resource server with the same rules, so no
 * service writes security configuration of its own:
 * <ul>
 *   <li>health, prometheus and the OpenAPI document and UI are open; {@code /actuator/outbox} is
 *       for admins; everything else needs a token carrying a Charter role;</li>
 *   <li>reads (GET, HEAD, OPTIONS) are open to every role; any other method needs delegate,
 *       secretary or admin, so an auditor is refused (403) before a controller runs;</li>
 *   <li>finer rules per endpoint with {@code @PreAuthorize} (method security is on) and
 *       {@link Delegation} for "a delegate acts only for its own member";</li>
 *   <li>401 and 403 are {@code application/problem+json}.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(CharterSecurityProperties.class)
@EnableWebSecurity
@EnableMethodSecurity
public class CharterSecurityAutoConfiguration {

    static final String[] OPEN_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
            "/swagger-ui/**", "/swagger-ui.html"};

    /** Operations on the service itself (the outbox's parked commits). */
    static final String[] ADMIN_PATHS = {"/actuator/outbox", "/actuator/outbox/**"};

    private static final String[] COMMAND_ROLES = {
            Role.DELEGATE.name(), Role.SECRETARY.name(), Role.ADMIN.name()};

    private static final String[] ALL_ROLES = {
            Role.DELEGATE.name(), Role.SECRETARY.name(), Role.AUDITOR.name(), Role.ADMIN.name()};

    @Bean
    @ConditionalOnMissingBean
    CharterJwtAuthenticationConverter charterJwtAuthenticationConverter() {
        return new CharterJwtAuthenticationConverter();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint(ProblemWriter problems) {
        return new ProblemAuthenticationEntryPoint(problems);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAccessDeniedHandler problemAccessDeniedHandler(ProblemWriter problems) {
        return new ProblemAccessDeniedHandler(problems);
    }

    /** Read by Spring Security's WebSecurity in place of its default firewall: same rules, cheaper checks. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall charterHttpFirewall() {
        return HeaderCharacterRules.firewall();
    }

    /** Read by Spring Security's WebSecurity: what the firewall refuses is answered as problem+json, not as an exception. */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    ProblemRequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return new ProblemRequestRejectedHandler(problems);
    }

    /**
     * No observation per security filter, authentication and authorization: with an observation
     * registry present, Spring Security otherwise wraps every filter of the chain in one, on
     * every request, and nothing reads them. The request's own {@code http.server.requests} stays.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings charterSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** No global Reactor hook copying servlet requests into every operator of the JVM (see the class). */
    @Bean
    static NoReactorContextHook charterNoReactorContextHook() {
        return new NoReactorContextHook();
    }

    /** Controllers may declare {@code CommandContext} or {@code Actor} parameters. */
    @Bean
    WebMvcConfigurer commandContextArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CommandContextArgumentResolver());
            }
        };
    }

    /**
     * The platform's chain, for every path no narrower chain of the service claims: a service may
     * add its own {@code SecurityFilterChain} with a {@code securityMatcher} and an order before
     * this one (the workflow service signs people in to Camunda's webapps that way) and keeps
     * this chain for the rest. A bean of this name replaces it.
     */
    @Bean
    @Order(SecurityProperties.BASIC_AUTH_ORDER)
    @ConditionalOnMissingBean(name = "charterSecurityFilterChain")
    SecurityFilterChain charterSecurityFilterChain(HttpSecurity http, CharterSecurityProperties properties,
            CharterJwtAuthenticationConverter converter, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied) throws Exception {
        // bearer tokens only: no session, no cookie, hence no CSRF exposure
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                    authorize.requestMatchers(OPEN_PATHS).permitAll();
                    authorize.requestMatchers(ADMIN_PATHS).hasRole(Role.ADMIN.name());
                    if (!properties.getPublicPaths().isEmpty()) {
                        authorize.requestMatchers(properties.getPublicPaths().toArray(String[]::new)).permitAll();
                    }
                    authorize.requestMatchers(HttpMethod.GET).hasAnyRole(ALL_ROLES)
                            .requestMatchers(HttpMethod.HEAD).hasAnyRole(ALL_ROLES)
                            .requestMatchers(HttpMethod.OPTIONS).hasAnyRole(ALL_ROLES)
                            .anyRequest().hasAnyRole(COMMAND_ROLES);
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied));
        return http.build();
    }
}
