package org.charter.notification;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.charter.membershiproll.member.adapter.FollowsMembership;
import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The notification service: notices of polls opening, reminders to members that have not voted
 * and results, by e-mail and signed webhooks, delivered once per recipient and event.
 */
@CharterService("notification")
@FollowsMembership
@OpenAPIDefinition(info = @Info(title = "Charter notification API", version = "v1",
        description = "Webhook subscriptions, notice preferences and the delivery log (DOMAIN.md §3.5)"))
@EnableScheduling
@SpringBootApplication
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
