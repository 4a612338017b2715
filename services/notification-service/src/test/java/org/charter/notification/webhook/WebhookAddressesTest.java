package org.charter.notification.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.charter.platform.error.RuleViolation;
import org.charter.platform.test.Refusals;
import org.junit.jupiter.api.Test;

class WebhookAddressesTest {

    private final WebhookAddresses production = new WebhookAddresses(false);
    private final WebhookAddresses embedded = new WebhookAddresses(true);

    @Test
    void https_on_a_public_address_is_accepted() {
        assertThatCode(() -> production.check(URI.create("https://hooks.example.org/charter"), ip("93.184.216.34")))
                .doesNotThrowAnyException();
    }

    @Test
    void plain_http_is_refused_outside_loopback() {
        Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_HTTPS,
                () -> production.check(URI.create("http://hooks.example.org/charter"), ip("93.184.216.34")));
        Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_HTTPS,
                () -> embedded.check(URI.create("http://hooks.example.org/charter"), ip("93.184.216.34")));
    }

    @Test
    void private_link_local_and_internal_addresses_are_refused_even_over_https() {
        for (String address : List.of("10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "fd00::1", "fe80::1")) {
            Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_PUBLIC,
                    () -> embedded.check(URI.create("https://internal.example.org/"), ip(address)));
        }
    }

    @Test
    void a_name_resolving_to_one_private_address_among_public_ones_is_refused() {
        Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_PUBLIC,
                () -> production.check(URI.create("https://mixed.example.org/"), ip("93.184.216.34", "10.0.0.1")));
    }

    @Test
    void loopback_is_allowed_only_where_the_setting_allows_it() {
        assertThatCode(() -> embedded.check(URI.create("http://127.0.0.1:9000/hook"), ip("127.0.0.1")))
                .doesNotThrowAnyException();
        Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_HTTPS,
                () -> production.check(URI.create("http://127.0.0.1:9000/hook"), ip("127.0.0.1")));
        Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_PUBLIC,
                () -> production.check(URI.create("https://localhost:9000/hook"), ip("127.0.0.1")));
    }

    @Test
    void a_host_that_does_not_resolve_is_refused() {
        Refusals.refused(RuleViolation.class, WebhookAddresses.NOT_PUBLIC,
                () -> production.check(URI.create("https://nowhere.invalid/"), List.of()));
    }

    private static List<InetAddress> ip(String... literals) {
        return java.util.Arrays.stream(literals).map(l -> {
            try {
                return InetAddress.getByName(l);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }).toList();
    }
}
