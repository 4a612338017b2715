package org.charter.platform.observability;

import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** OpenAPI conventions for servlet services; actuator and logging defaults come from {@link PlatformDefaults}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
public class CharterObservabilityAutoConfiguration {

    static {
        // resolved from the token and headers, not parameters a client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CommandContext.class, Actor.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenApiConventions charterOpenApiConventions() {
        return new OpenApiConventions();
    }
}
