package org.charter.devstack;

import java.util.List;

/**
 * Every Charter service the devstack starts, in start order (the gateway last, so that what it
 * routes to is up). Adding a service: its module as a dependency in this module's pom, and one line
 * here, e.g.
 * <pre>{@code
 * new DevstackService("membership", 8081, MembershipApplication.class, WebApplicationType.SERVLET, Map.of()),
 * new DevstackService("gateway", 8080, GatewayApplication.class, WebApplicationType.REACTIVE, Map.of()),
 * }</pre>
 */
final class DevstackServices {

    static final List<DevstackService> ALL = List.of(
    );

    private DevstackServices() {
    }
}
