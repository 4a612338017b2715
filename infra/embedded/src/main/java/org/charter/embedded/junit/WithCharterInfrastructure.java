package org.charter.embedded.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the annotated test class the JVM-wide Kafka broker and MongoDB server and points Spring at
 * them (system properties set before any Spring context starts). Put it on a
 * {@code @SpringBootTest} and the context connects to them.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CharterInfrastructureExtension.class)
public @interface WithCharterInfrastructure {
}
