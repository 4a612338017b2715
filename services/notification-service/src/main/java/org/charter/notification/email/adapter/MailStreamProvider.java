package org.charter.notification.email.adapter;

import jakarta.mail.util.StreamProvider;

/**
 * Names Jakarta Mail's {@link StreamProvider} once, as the system property its finder reads first.
 * Without it, Jakarta Mail 2.1 looks the provider up with a {@link java.util.ServiceLoader} for every
 * message part it creates, scanning every jar of the classpath each time (jakartaee/mail-api#699,
 * #861): in the devstack most of the CPU of sending a notice, and of GreenMail receiving it.
 * The name is the class the service loader finds, so nothing else changes.
 */
final class MailStreamProvider {

    static final String PROPERTY = StreamProvider.class.getName();

    private MailStreamProvider() {
    }

    /** Sets the property to the provider found now, unless it is set already (by the operator). */
    static synchronized void nameOnce() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, StreamProvider.provider().getClass().getName());
        }
    }
}
