package org.charter.notification.adapter;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.charter.notification.FreeMailPorts;

/**
 * Reads mailboxes of the embedded mail server over IMAP, as any mail client would: the address is
 * the user and the password.
 */
public final class Mailboxes {

    private Mailboxes() {
    }

    /** A message as read: its subject, its text and HTML parts and the headers tests look at (null when absent). */
    public record Mail(String subject, String text, String html, String contentLanguage, String listUnsubscribe,
                       String listUnsubscribePost) {
    }

    public static List<Mail> read(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        List<Mail> mails = new ArrayList<>();
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", FreeMailPorts.IMAP, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                mails.add(mail(message));
            }
            inbox.close(false);
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new AssertionError("cannot read " + address + " over IMAP: " + e.getMessage(), e);
        }
        return mails;
    }

    /** The messages of the mailbox whose subject contains {@code text}. */
    public static List<Mail> about(String address, String text) {
        return read(address).stream().filter(m -> m.subject().contains(text)).toList();
    }

    private static Mail mail(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = message.getContent();
        if (content instanceof Multipart multipart) {
            List<BodyPart> parts = new ArrayList<>();
            collect(multipart, parts);
            for (BodyPart part : parts) {
                if (part.isMimeType("text/plain")) {
                    text = part.getContent().toString();
                } else if (part.isMimeType("text/html")) {
                    html = part.getContent().toString();
                }
            }
        } else {
            text = content.toString();
        }
        return new Mail(message.getSubject(), text, html, header(message, "Content-Language"),
                header(message, "List-Unsubscribe"), header(message, "List-Unsubscribe-Post"));
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0];
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else {
                parts.add(part);
            }
        }
    }
}
