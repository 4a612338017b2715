package org.charter.membership;

import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The membership service: members, tiers, status, representatives, delegates and collaboratives. */
@CharterService("membership")
@SpringBootApplication
public class MembershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipApplication.class, args);
    }
}
