package org.charter.membership.load;

import java.net.URI;
import java.time.Duration;

/**
 * What one request-path run measures against: the gateway and the membership service of a running
 * devstack (loopback only), the member read, how many connections, and for how long each phase runs.
 */
record RequestPathSettings(URI gateway, URI service, String member, int connections, Duration phase,
                           Duration warmUp, int loneReads, Long serverPid) {

    static final Duration MAX_PHASE = Duration.ofMinutes(5);

    RequestPathSettings {
        if (!LoadSettings.isLoopback(gateway) || !LoadSettings.isLoopback(service)) {
            throw new IllegalArgumentException("--gateway and --service must point at this machine, not "
                    + gateway + " / " + service);
        }
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("--connections must be 1..64, was " + connections);
        }
        if (phase.isNegative() || phase.isZero() || phase.compareTo(MAX_PHASE) > 0
                || warmUp.isNegative() || warmUp.compareTo(MAX_PHASE) > 0) {
            throw new IllegalArgumentException("--seconds must be 1.." + MAX_PHASE.toSeconds()
                    + " and --warm-up 0.." + MAX_PHASE.toSeconds());
        }
        if (loneReads < 1 || loneReads > 100_000) {
            throw new IllegalArgumentException("--lone-reads must be 1..100000, was " + loneReads);
        }
        if (!member.matches("[A-Z][A-Z0-9-]*")) {
            throw new IllegalArgumentException("--member must be a member id such as CA, was " + member);
        }
    }

    static RequestPathSettings parse(String... args) {
        URI gateway = URI.create("http://127.0.0.1:8080");
        URI service = URI.create("http://127.0.0.1:8081");
        String member = "CA";
        int connections = 16;
        long seconds = 20;
        long warmUp = 15;
        int loneReads = 1_000;
        Long serverPid = null;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (value == null) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            switch (args[i]) {
                case "--gateway" -> gateway = URI.create(value);
                case "--service" -> service = URI.create(value);
                case "--member" -> member = value;
                case "--connections" -> connections = Integer.parseInt(value);
                case "--seconds" -> seconds = Long.parseLong(value);
                case "--warm-up" -> warmUp = Long.parseLong(value);
                case "--lone-reads" -> loneReads = Integer.parseInt(value);
                case "--server-pid" -> serverPid = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new RequestPathSettings(gateway, service, member, connections, Duration.ofSeconds(seconds),
                Duration.ofSeconds(warmUp), loneReads, serverPid);
    }

    static String usage() {
        return """
                usage: java -cp charter-membership-load.jar org.charter.membership.load.RequestPathBenchmark
                         [--gateway http://127.0.0.1:8080] [--service http://127.0.0.1:8081] [--member CA]
                         [--connections 16] [--seconds 20] [--warm-up 15] [--lone-reads 1000] [--server-pid PID]
                  --seconds     length of each measured phase
                  --warm-up     member reads (direct and through the gateway) before anything is measured
                  --lone-reads  sequential reads on one connection for the lone-read latency
                  --server-pid  the devstack's process id: each phase also reports the server's CPU ms per request""";
    }
}
