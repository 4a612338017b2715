package org.charter.notification.webhook;

import java.net.URI;
import java.util.Map;

/** Posts a body with headers to an endpoint; answers the HTTP status, throws when there was no answer. */
public interface WebhookSender {

    int post(URI url, Map<String, String> headers, String body);
}
