package org.charter.devstack;

import java.util.List;
import java.util.Map;

import org.charter.audit.AuditApplication;
import org.charter.budget.BudgetApplication;
import org.charter.committee.CommitteeApplication;
import org.charter.election.ElectionApplication;
import org.charter.gateway.GatewayApplication;
import org.charter.membership.MembershipApplication;
import org.charter.notification.NotificationApplication;
import org.charter.web.WebApplication;
import org.charter.workflow.WorkflowApplication;
import org.springframework.boot.WebApplicationType;

/**
 * Every Charter service the devstack starts, all at the same time (the gateway routes to a service
 * only when a request comes, so it needs none of them up to start); the ready table lists them in
 * this order. Adding a service: its module as a dependency in this module's pom, its
 * configuration in {@code <name>.yml} under {@code @CharterService("<name>")} (never
 * {@code application.yml}: the services share one classpath), and one line here, e.g.
 * <pre>{@code
 * new DevstackService("membership", 8081, MembershipApplication.class, WebApplicationType.SERVLET, Map.of()),
 * new DevstackService("gateway", 8080, GatewayApplication.class, WebApplicationType.REACTIVE, Map.of()),
 * }</pre>
 */
final class DevstackServices {

    /** The web app: pages for a browser, no API of its own (no OpenAPI document to fuzz). */
    static final String WEB = "web";

    static final List<DevstackService> ALL = List.of(
            new DevstackService("membership", 8081, MembershipApplication.class, WebApplicationType.SERVLET,
                    Map.of("charter.demo.enabled", "true")),
            // its demo Governing Board loads in the background once membership's demo reaches its roll
            new DevstackService("committee", 8082, CommitteeApplication.class, WebApplicationType.SERVLET,
                    Map.of("charter.demo.enabled", "true")),
            // its demo FY2027 (fee schedule and budget before the Executive Committee) loads in the background once
            new DevstackService("budget", 8083, BudgetApplication.class, WebApplicationType.SERVLET,
                    Map.of("charter.demo.enabled", "true")),
            // its demo election (a certified Chair-Elect contest, an open at-large one) loads in the background once
            // membership's demo reaches its roll, in about two minutes
            new DevstackService("election", 8084, ElectionApplication.class, WebApplicationType.SERVLET,
                    Map.of("charter.demo.enabled", "true")),
            new DevstackService("audit", 8085, AuditApplication.class, WebApplicationType.SERVLET, Map.of()),
            // the engine on H2 under the service's data directory; the webapps' development login,
            // which exists in the embedded default only (docs/workflows/README.md). No Executive
            // Committee seat is held on the devstack (the demo election's term starts next July 1):
            // budget-approval records the EC's review in the secretary's task, not in EC polls (ADR 0038)
            new DevstackService("workflow", 8086, WorkflowApplication.class, WebApplicationType.SERVLET,
                    Map.of("charter.workflow.budget-approval.executive-committee-polls", "false",
                            "camunda.bpm.admin-user.id", "demo",
                            "camunda.bpm.admin-user.password", "demo",
                            "camunda.bpm.admin-user.first-name", "Development",
                            "camunda.bpm.filter.create", "All tasks")),
            // GreenMail in the service's JVM: SMTP 127.0.0.1:3025, IMAP 127.0.0.1:3143 (docs/operations/notification-mailbox.md)
            new DevstackService("notification", 8088, NotificationApplication.class, WebApplicationType.SERVLET, Map.of()),
            // the web app, through the gateway at /: its development sign-in, as the gateway's development tokens
            new DevstackService(WEB, 8087, WebApplication.class, WebApplicationType.SERVLET,
                    Map.of("charter.web.dev-sign-in.enabled", "true")),
            new DevstackService("gateway", 8080, GatewayApplication.class, WebApplicationType.REACTIVE,
                    Map.of("charter.dev-tokens.enabled", "true",
                            // the gateway keeps its own defaults (charter-gateway.yml); were an
                            // application.yml ever on the shared classpath, this keeps it out
                            "spring.config.name", "gateway")));

    /** The services with an API (an OpenAPI document): every one but the web app. */
    static List<DevstackService> withApis() {
        return ALL.stream().filter(service -> !service.name().equals(WEB)).toList();
    }

    private DevstackServices() {
    }
}
