package org.charter.gateway.server;

import org.charter.gateway.problem.ProblemResponses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.embedded.netty.NettyRouteProvider;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.util.unit.DataSize;
import reactor.netty.NettyPipeline;

/**
 * The gateway's server: Reactor Netty everywhere, as Spring Cloud Gateway is built for, also in
 * the devstack, whose shared classpath holds Tomcat (which Spring Boot would otherwise pick for a
 * reactive application too); and on every connection {@link BareErrorAnswers}, so that what
 * Netty refuses below WebFlux is answered as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class NettyServerConfiguration {

    /** As Spring Boot's own Netty configuration builds it. */
    @Bean
    NettyReactiveWebServerFactory nettyReactiveWebServerFactory(ObjectProvider<ReactorResourceFactory> resources,
            ObjectProvider<NettyRouteProvider> routes, ObjectProvider<NettyServerCustomizer> customizers) {
        NettyReactiveWebServerFactory factory = new NettyReactiveWebServerFactory();
        resources.ifAvailable(factory::setResourceFactory);
        routes.orderedStream().forEach(factory::addRouteProviders);
        factory.getServerCustomizers().addAll(customizers.orderedStream().toList());
        return factory;
    }

    @Bean
    NettyServerCustomizer bareErrorAnswers(ProblemResponses problems,
            @Value("${server.netty.max-initial-line-length:4KB}") DataSize maxRequestLine,
            @Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
        BareErrorAnswers.Limits limits = new BareErrorAnswers.Limits(maxRequestLine.toBytes(), maxHeaders.toBytes());
        return server -> server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, BareErrorAnswers.NAME,
                        new BareErrorAnswers(problems, limits));
            }
        });
    }
}
