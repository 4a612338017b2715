package org.charter.platform.security;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;

/**
 * Leaves out Spring Security's Reactor context hook. {@code @EnableWebSecurity} registers it as soon
 * as WebFlux's {@code WebClient} is on the classpath: a global {@code Hooks.onLastOperator} that
 * copies the servlet request, response and authentication into the context of every Reactor
 * operator of the JVM, for a servlet service that calls others with a {@code WebClient} carrying
 * its caller's token ({@code ServletBearerExchangeFilterFunction}). No Charter servlet service uses
 * a {@code WebClient}; the classpath has one only in the devstack, where the gateway shares the JVM,
 * and there the hook ran on every operator of every request the gateway proxied (5 % of the
 * gateway's CPU). A servlet service that ever relays its caller's token through a {@code WebClient}
 * needs the hook back: this post-processor then goes.
 */
final class NoReactorContextHook implements BeanDefinitionRegistryPostProcessor {

    /** The bean {@code SecurityReactorContextConfiguration} declares (Spring Security 6.5). */
    static final String REGISTRAR = "securityReactorContextSubscriberRegistrar";

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (registry.containsBeanDefinition(REGISTRAR)) {
            registry.removeBeanDefinition(REGISTRAR);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        // nothing: the definition is gone before any bean is made
    }
}
