package org.charter.notification.email.adapter;

import java.time.Clock;
import org.charter.notification.adapter.NotificationProperties;
import org.charter.notification.delivery.DeliveryFacts;
import org.charter.notification.delivery.DeliveryLog;
import org.charter.notification.email.AddressBook;
import org.charter.notification.email.MailingNotices;
import org.charter.notification.roll.People;
import org.charter.notification.preference.PreferenceBook;
import org.charter.notification.preference.UnsubscribeTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    /** The embedded default's SMTP and IMAP server; production turns it off and sets SPRING_MAIL_*. */
    @Bean
    @ConditionalOnProperty(name = "charter.notification.embedded-mail.enabled", havingValue = "true")
    EmbeddedMailServer embeddedMailServer(NotificationProperties settings) {
        MailStreamProvider.nameOnce();
        return new EmbeddedMailServer(settings.embeddedMail());
    }

    @Bean
    MembershipContacts membershipContacts(RestClient.Builder builder, NotificationProperties settings, Clock clock) {
        return new MembershipContacts(builder.clone(), new ServiceToken(settings.membership(), builder.clone(), clock),
                settings.membership(), clock);
    }

    @Bean
    TemplateMailer templateMailer(JavaMailSender sender, NotificationProperties settings, UnsubscribeTokens unsubscribe) {
        MailStreamProvider.nameOnce();
        return new TemplateMailer(sender, settings, unsubscribe);
    }

    @Bean
    MailingNotices mailingNotices(DeliveryLog log, PreferenceBook preferences, MembershipContacts contacts, People people,
                                  TemplateMailer mailer, DeliveryFacts facts, Clock clock) {
        return new MailingNotices(log, preferences, new AddressBook(contacts, people), mailer, facts, clock);
    }
}
