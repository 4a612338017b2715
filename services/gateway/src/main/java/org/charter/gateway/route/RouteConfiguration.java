package org.charter.gateway.route;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

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

    // The breaker must wrap every filter that decorates the response (modifyResponseBody runs at -2),
    // so that a fallback writes to the client's response, not to a decorator expecting the service's.
    private static final int REMEMBER_ORDER = -200;
    private static final int BREAKER_ORDER = -100;

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, ServiceRoutes table,
                               SpringCloudCircuitBreakerFilterFactory breakers) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (ServiceRoutes.Named service : table.all()) {
            String[] paths = service.service().getPaths().toArray(String[]::new);
            GatewayFilter breaker = breakers.apply(fallingBackTo(service));
            routes.route(service.name() + "-api", route -> route
                    .path(paths)
                    .filters(filters -> filters
                            .filter(REMEMBER_REQUESTED_PATH, REMEMBER_ORDER)
                            .filter(breaker, BREAKER_ORDER))
                    .uri(service.service().getUrl()));
            if (!service.service().isApiDocs()) {
                continue;
            }
            routes.route(service.name() + "-api-docs", route -> route
                    .path(service.apiDocsPath())
                    .filters(filters -> filters
                            .filter(REMEMBER_REQUESTED_PATH, REMEMBER_ORDER)
                            .filter(breaker, BREAKER_ORDER)
                            .setPath(SERVICE_API_DOCS)
                            .modifyResponseBody(Map.class, Map.class, RouteConfiguration::servedThroughTheGateway))
                    .uri(service.service().getUrl()));
        }
        return routes.build();
    }

    /**
     * A service's document names the service's own address as its server; Swagger UI on the
     * gateway would then call that address from another origin. Through the gateway, the server
     * is the gateway: a relative URL, resolved against where the document was fetched from.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Mono<Map> servedThroughTheGateway(ServerWebExchange exchange, Map document) {
        if (document.containsKey("openapi")) {
            Map<String, Object> rewritten = new LinkedHashMap<>(document);
            rewritten.put("servers", List.of(Map.of("url", "/", "description", "through the gateway")));
            return Mono.just(rewritten);
        }
        return Mono.just(document);
    }

    private static SpringCloudCircuitBreakerFilterFactory.Config fallingBackTo(ServiceRoutes.Named service) {
        return new SpringCloudCircuitBreakerFilterFactory.Config()
                .setName(service.name())
                .setFallbackUri("forward:" + service.fallbackPath());
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
