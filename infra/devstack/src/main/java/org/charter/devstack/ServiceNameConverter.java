package org.charter.devstack;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %service} in the devstack's console pattern: the service whose thread writes the line.
 * One Logback serves every context of the JVM, so Spring Boot's application name would be that of
 * whichever context configured logging last. The console appender writes on the logging thread.
 */
public class ServiceNameConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return ServiceThreadGroup.serviceOf(Thread.currentThread());
    }
}
