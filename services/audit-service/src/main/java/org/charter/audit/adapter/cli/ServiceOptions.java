package org.charter.audit.adapter.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** Where the audit API (or the Kafka cluster) is and how to get in: shared by every command. */
final class ServiceOptions {

    @Option(names = "--url", defaultValue = "${env:CHARTER_URL:-http://localhost:8080}",
            description = "the gateway or the audit service (default: ${DEFAULT-VALUE}, or CHARTER_URL)")
    URI url;

    @Option(names = "--token", defaultValue = "${env:CHARTER_TOKEN}",
            description = "a bearer token with the auditor role (or CHARTER_TOKEN); without one, a development "
                    + "token is asked from the embedded default's POST /dev/tokens")
    String token;

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
            description = "read the Kafka topics at this bootstrap address from offset zero instead of asking the service")
    String bootstrap;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    enum Format { text, json }

    AuditApi api() {
        return new AuditApi(url, token);
    }
}
