package org.charter.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

class NoReactorContextHookTest {

    @Test
    void spring_securitys_reactor_hook_is_never_made() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        registry.registerBeanDefinition(NoReactorContextHook.REGISTRAR, new RootBeanDefinition(Object.class));
        registry.registerBeanDefinition("other", new RootBeanDefinition(Object.class));

        new NoReactorContextHook().postProcessBeanDefinitionRegistry(registry);

        assertThat(registry.containsBeanDefinition(NoReactorContextHook.REGISTRAR)).isFalse();
        assertThat(registry.containsBeanDefinition("other")).isTrue();
    }

    @Test
    void a_context_without_the_hook_is_left_as_it_is() {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();

        new NoReactorContextHook().postProcessBeanDefinitionRegistry(registry);

        assertThat(registry.getBeanDefinitionCount()).isZero();
    }
}
