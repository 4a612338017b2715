package org.charter.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.charter.platform.error.RuleViolation;

/**
 * Which endpoints deliveries may go to: HTTPS on a public address. Loopback over http or https is
 * allowed only where the setting says so (the embedded default, to try it on one machine); a
 * private, link-local or otherwise internal address never is, so that a subscription cannot make
 * the service call into its own network.
 */
public final class WebhookAddresses {

    public static final String NOT_HTTPS = "WEBHOOK_URL_NOT_HTTPS";
    public static final String NOT_PUBLIC = "WEBHOOK_URL_NOT_PUBLIC";

    private final boolean allowLoopback;

    public WebhookAddresses(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    /**
     * @param resolved the addresses the URL's host resolves to (a literal address: itself)
     */
    public void check(URI url, List<InetAddress> resolved) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = !resolved.isEmpty() && resolved.stream().allMatch(InetAddress::isLoopbackAddress);
        if (loopback && allowLoopback && (scheme.equals("http") || scheme.equals("https"))) {
            return;
        }
        if (!scheme.equals("https")) {
            throw new RuleViolation(NOT_HTTPS, "the webhook URL must use https (" + url + " uses "
                    + (scheme.isEmpty() ? "no scheme" : scheme) + ")");
        }
        if (resolved.isEmpty()) {
            throw new RuleViolation(NOT_PUBLIC, "the webhook host " + url.getHost() + " does not resolve to any address");
        }
        for (InetAddress address : resolved) {
            if (!isPublic(address)) {
                throw new RuleViolation(NOT_PUBLIC, "the webhook host " + url.getHost() + " resolves to "
                        + address.getHostAddress() + ", which is not a public address: use a public HTTPS endpoint");
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // carrier-grade NAT 100.64/10, benchmarking 198.18/15, "this network" 0/8, reserved 240/4
            return !(first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second == 18 || second == 19))
                    || first >= 240);
        }
        // IPv6 unique local fc00::/7
        return (b[0] & 0xfe) != 0xfc;
    }
}
