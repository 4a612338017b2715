package org.charter.notification.email;

import java.util.Optional;
import org.charter.notification.roll.Recipient;

/** Recipients' e-mail addresses, which membership keeps out of its events (DOMAIN §7.2). */
public interface Contacts {

    Optional<String> emailOf(Recipient recipient);
}
