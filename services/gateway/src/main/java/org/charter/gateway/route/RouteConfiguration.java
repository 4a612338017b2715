package org.charter.gateway.route;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns the route table into gateway routes: per service, its {@code /api/v1/} paths and its
 * OpenAPI document ({@code /v3/api-docs/<service>} → the service's {@code /v3/api-docs}). Each
 * route runs through a circuit breaker named after the service, so a service that is down or too
 * slow is answered by {@link DownstreamFallbackController} instead of a connection error.
 */
@Configuration(proxyBeanMethods = false)
class RouteConfiguration {

    static final String SERVICE_API_DOCS = "/v3/api-docs";

    /** Exchange attribute: the path the client asked for, which a fallback reports as {@code instance}. */
    static final String REQUESTED_PATH = RouteConfiguration.class.getName() + ".requestedPath";

    private static final GatewayFilter REMEMBER_REQUESTED_PATH = (exchange, chain) -> {
        exchange.getAttributes().putIfAbsent(REQUESTED_PATH, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    };

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceRoutes table) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (ServiceRoutes.Named service : table.all()) {
            String[] paths = service.service().getPaths().toArray(String[]::new);
            routes.route(service.name() + "-api", route -> route
                    .path(paths)
                    .filters(filters -> filters
                            .filter(REMEMBER_REQUESTED_PATH)
                            .circuitBreaker(breaker -> fallingBackTo(breaker, service)))
                    .uri(service.service().getUrl()));
            routes.route(service.name() + "-api-docs", route -> route
                    .path(service.apiDocsPath())
                    .filters(filters -> filters
                            .filter(REMEMBER_REQUESTED_PATH)
                            .setPath(SERVICE_API_DOCS)
                            .circuitBreaker(breaker -> fallingBackTo(breaker, service)))
                    .uri(service.service().getUrl()));
        }
        return routes.build();
    }

    private static void fallingBackTo(SpringCloudCircuitBreakerFilterFactory.Config breaker,
                                      ServiceRoutes.Named service) {
        breaker.setName(service.name());
        breaker.setFallbackUri("forward:" + service.fallbackPath());
    }

    /**
     * Resilience4j's default time limit is one second, too short for a command that appends and
     * publishes events on a busy development machine; the limit is one setting for every service.
     */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> downstreamTimeLimit(
            @Value("${charter.gateway.downstream-timeout:30s}") Duration timeout) {
        return factory -> factory.configureDefault(name -> new Resilience4JConfigBuilder(name)
                .circuitBreakerConfig(CircuitBreakerConfig.ofDefaults())
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(timeout).build())
                .build());
    }
}
