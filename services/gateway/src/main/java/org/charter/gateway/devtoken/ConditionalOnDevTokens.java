package org.charter.gateway.devtoken;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Development tokens exist only when {@code charter.dev-tokens.enabled=true} (the devstack sets it);
 * otherwise their endpoints are not even mapped, so {@code /dev/**} answers 404.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(prefix = "charter.dev-tokens", name = "enabled", havingValue = "true")
public @interface ConditionalOnDevTokens {
}
