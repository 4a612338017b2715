package org.charter.notification.email.adapter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.charter.notification.adapter.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded default's mail server: GreenMail in the service's JVM, SMTP and IMAP on 127.0.0.1.
 * Any address is a mailbox, created by the first message to it; a mail client logs in with the
 * address as user and as password (docs/operations/notification-mailbox.md).
 */
class EmbeddedMailServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final NotificationProperties.EmbeddedMail settings;
    private GreenMail greenMail;

    EmbeddedMailServer(NotificationProperties.EmbeddedMail settings) {
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        log.info("embedded mail server: SMTP 127.0.0.1:{}, IMAP 127.0.0.1:{} (user and password: the address)",
                settings.smtpPort(), settings.imapPort());
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    /** Before the consumers (which send mail) start, after they stop. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
