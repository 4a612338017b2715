/** Correlation ids from HTTP ({@code X-Correlation-Id}) into the MDC, responses and events. */
package org.charter.platform.correlation;
