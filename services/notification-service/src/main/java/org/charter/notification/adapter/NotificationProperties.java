package org.charter.notification.adapter;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.charter.notification.roll.Person;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code charter.notification.*}.
 *
 * @param webAppUrl    where links in messages point (the web app through the gateway)
 * @param from         the messages' From
 * @param embeddedMail the in-process GreenMail server of the embedded default
 * @param membership   where recipients' addresses are read, and the token it is read with
 * @param webhooks     address rules and the dispatcher's pace
 * @param unsubscribeKey the key unsubscribe links are signed with (at least 32 bytes, base64); when
 *                     unset, one is made at the first start and kept in the service's database
 * @param people       people who are no member's representative (secretaries, experts): their name,
 *                     e-mail address, language and candidate groups, which membership does not keep
 */
@ConfigurationProperties("charter.notification")
public record NotificationProperties(URI webAppUrl, String from, EmbeddedMail embeddedMail, Membership membership,
                                     Webhooks webhooks, String unsubscribeKey, List<Person> people) {

    public NotificationProperties {
        webAppUrl = webAppUrl == null ? URI.create("http://localhost:8080") : webAppUrl;
        from = from == null ? "Charter <notifications@charter.localhost>" : from;
        embeddedMail = embeddedMail == null ? new EmbeddedMail(false, 3025, 3143) : embeddedMail;
        membership = membership == null ? new Membership(null, null, null, null, null, null, null, null) : membership;
        webhooks = webhooks == null ? new Webhooks(false, null, null) : webhooks;
        people = people == null ? List.of() : List.copyOf(people);
    }

    public record EmbeddedMail(boolean enabled, int smtpPort, int imapPort) {
    }

    /**
     * One of {@code token} (a fixed token: tests), {@code tokenUri} with {@code clientId} and
     * {@code clientSecret} (an OAuth2 client-credentials grant: production), or
     * {@code developmentTokenUri} (the gateway's {@code /dev/tokens}, embedded default only).
     *
     * @param cacheFor how long a member's contacts are kept before they are read again (1 min)
     */
    public record Membership(URI url, String token, URI tokenUri, String clientId, String clientSecret,
                             URI developmentTokenUri, String subject, Duration cacheFor) {
        public Membership {
            url = url == null ? URI.create("http://localhost:8081") : url;
            subject = subject == null ? "notification-service" : subject;
            cacheFor = cacheFor == null ? Duration.ofMinutes(1) : cacheFor;
        }
    }

    /**
     * @param allowLoopback loopback endpoints (http too) are accepted: the embedded default only
     * @param tick          how often due deliveries are sent (5 s)
     * @param timeout       longest wait for a receiver's answer (10 s)
     */
    public record Webhooks(boolean allowLoopback, Duration tick, Duration timeout) {
        public Webhooks {
            tick = tick == null ? Duration.ofSeconds(5) : tick;
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        }
    }
}
