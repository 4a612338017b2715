package org.charter.web.api;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code charter.web.*}: where the gateway is, and how long a page waits for an API. */
@ConfigurationProperties("charter.web")
public class WebProperties {

    private URI gatewayUrl = URI.create("http://localhost:8080");
    private Duration connectTimeout = Duration.ofSeconds(2);
    private Duration readTimeout = Duration.ofSeconds(30);

    public URI getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(URI gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }
}
