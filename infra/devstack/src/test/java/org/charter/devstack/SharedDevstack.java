package org.charter.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one devstack of this test JVM: started by the first IT that asks for it, stopped when the
 * JVM exits, so {@link EdgeFuzzIT} (a jqwik container), {@link PolicyApprovalEndToEndIT},
 * {@link BudgetApprovalEndToEndIT}, {@link EcElectionEndToEndIT} and {@link WebBrowserIT} pay for
 * one start. It is the devstack's own list of services, with two changes to the
 * workflow service only: it reaches the committee service through a {@link CommitteeLink} the
 * tests can cut, and its engine retries a failed job once after a second (not three times a minute
 * apart), looks for due jobs every 200 ms, and its circuit breaker stays open for a second, so an
 * incident and its retry take seconds.
 *
 * <p>Whoever uses it leaves it quiet: every process a test starts has ended when the test ends, so
 * nothing is appended in the background while another test counts the stored events.
 */
final class SharedDevstack {

    private static SharedDevstack shared;

    private final RunningDevstack devstack;
    private final CommitteeLink committeeLink;
    private final DevTokens tokens;
    private final StoredEvents events;

    private SharedDevstack(RunningDevstack devstack, CommitteeLink committeeLink) {
        this.devstack = devstack;
        this.committeeLink = committeeLink;
        this.tokens = new DevTokens(devstack.port("gateway"));
        this.events = new StoredEvents(devstack.mongoUri());
    }

    static synchronized SharedDevstack get() throws Exception {
        if (shared == null) {
            CommitteeLink link = CommitteeLink.open();
            RunningDevstack started;
            try {
                started = RunningDevstack.start(servicesFor(link));
            } catch (Exception | Error e) {
                link.close();
                throw e;
            }
            link.forwardTo(started.port("committee"));
            shared = new SharedDevstack(started, link);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "shared-devstack-stop"));
        }
        return shared;
    }

    /** The devstack's services, the workflow's properties changed for the tests (above). */
    static List<DevstackService> servicesFor(CommitteeLink link) {
        return DevstackServices.ALL.stream().map(service -> {
            // nothing writes events in the background while EdgeFuzzIT compares the stored counts
            // around each refused request: no committee demo, no election demo, no budget demo, no continuing-budget tick
            if (service.name().equals("election")) {
                // and its clock opens and closes due contests within a quarter of a second, not up to five
                return withProperty(withProperty(service, "charter.demo.enabled", "false"), "charter.election.tick", "250ms");
            }
            if (service.name().equals("committee")) {
                // and rounds the tests let close by themselves end sooner: due polls looked for and
                // counted within a fraction of a second, not up to three
                return withProperty(withProperty(withProperty(service, "charter.demo.enabled", "false"),
                        "charter.committee.polls.tick", "250ms"), "charter.committee.polls.settle", "250ms");
            }
            if (service.name().equals("budget")) {
                return withProperty(withProperty(service, "charter.budget.continuing.tick", "1000d"), "charter.demo.enabled",
                        "false");
            }
            if (!service.name().equals("workflow")) {
                return service;
            }
            Map<String, String> properties = new LinkedHashMap<>(service.extraProperties());
            properties.put("charter.workflow.committee.url", "http://127.0.0.1:" + link.port());
            properties.put("charter.workflow.committee.open-for", "1s");
            properties.put("camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle", "R2/PT1S");
            properties.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
            properties.put("camunda.bpm.job-execution.max-wait", "500");
            properties.put("charter.workflow.parked.sweep-interval", "1s");
            return new DevstackService(service.name(), service.defaultPort(), service.applicationClass(), service.webType(),
                    properties);
        }).toList();
    }

    private static DevstackService withProperty(DevstackService service, String name, String value) {
        Map<String, String> properties = new LinkedHashMap<>(service.extraProperties());
        properties.put(name, value);
        return new DevstackService(service.name(), service.defaultPort(), service.applicationClass(), service.webType(),
                properties);
    }

    RunningDevstack devstack() {
        return devstack;
    }

    CommitteeLink committeeLink() {
        return committeeLink;
    }

    DevTokens tokens() {
        return tokens;
    }

    StoredEvents events() {
        return events;
    }

    private void close() {
        events.close();
        devstack.close();
        committeeLink.close();
    }
}
