package org.charter.membershiproll.member.adapter;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * On a service's application class: the service keeps its own roll of members from membership's
 * events ({@link MembershipRollConfiguration}), and its {@link org.charter.membershiproll.member.Roll}
 * can be injected.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(MembershipRollConfiguration.class)
public @interface FollowsMembership {
}
