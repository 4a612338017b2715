package org.charter.membership.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What one run does. Bounded twice: at most {@code requests} requests and at most
 * {@code duration}, whichever comes first. Only loopback targets are accepted, so the generator
 * cannot be pointed at someone else's server.
 */
record LoadSettings(URI baseUrl, String token, int requests, Duration duration, int concurrency, int commandPercent) {

    static final int MAX_REQUESTS = 1_000_000;
    static final Duration MAX_DURATION = Duration.ofMinutes(10);

    LoadSettings {
        if (!isLoopback(baseUrl)) {
            throw new IllegalArgumentException("--base-url must point at this machine (localhost/127.0.0.1/::1), not " + baseUrl);
        }
        if (requests < 1 || requests > MAX_REQUESTS) {
            throw new IllegalArgumentException("--requests must be 1.." + MAX_REQUESTS + ", was " + requests);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("--seconds must be 1.." + MAX_DURATION.toSeconds());
        }
        if (concurrency < 1 || concurrency > 64) {
            throw new IllegalArgumentException("--concurrency must be 1..64, was " + concurrency);
        }
        if (commandPercent < 0 || commandPercent > 100) {
            throw new IllegalArgumentException("--commands must be a percentage 0..100, was " + commandPercent);
        }
    }

    static LoadSettings parse(String... args) {
        URI base = URI.create("http://localhost:8080");
        String token = null;
        int requests = 5_000;
        long seconds = 60;
        int concurrency = 8;
        int commands = 20;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--base-url" -> base = URI.create(require(args[i], value));
                case "--token" -> token = require(args[i], value);
                case "--requests" -> requests = Integer.parseInt(require(args[i], value));
                case "--seconds" -> seconds = Long.parseLong(require(args[i], value));
                case "--concurrency" -> concurrency = Integer.parseInt(require(args[i], value));
                case "--commands" -> commands = Integer.parseInt(require(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage());
            }
            i++;
        }
        return new LoadSettings(base, token, requests, Duration.ofSeconds(seconds), concurrency, commands);
    }

    static String usage() {
        return """
                usage: java -jar charter-membership-load.jar [--base-url http://localhost:8080] [--token JWT]
                         [--requests 5000] [--seconds 60] [--concurrency 8] [--commands 20]
                  --token     a secretary's bearer token; without it one is fetched from <base-url>/dev/tokens
                  --commands  percentage of requests that are commands (register, admit, suspend, reinstate)""";
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    static boolean isLoopback(URI uri) {
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
