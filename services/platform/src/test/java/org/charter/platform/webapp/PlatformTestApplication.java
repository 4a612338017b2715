package org.charter.platform.webapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service that uses nothing but the platform, for the platform's web integration tests. */
@SpringBootApplication
public class PlatformTestApplication {
}
