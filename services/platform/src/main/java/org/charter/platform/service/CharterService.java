package org.charter.platform.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Charter service's application class and names the service. Its configuration file is
 * {@code <name>.yml} on the classpath, not {@code application.yml}: in the devstack every service
 * runs in one JVM on one classpath, where only one {@code application.yml} could win.
 *
 * <pre>{@code
 * @CharterService("membership")      // reads membership.yml (and membership-<profile>.yml)
 * @SpringBootApplication
 * public class MembershipApplication { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CharterService {

    /** The service's name, lowercase: the base name of its configuration file. */
    String value();
}
