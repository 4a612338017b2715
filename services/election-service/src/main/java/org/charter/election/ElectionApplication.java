package org.charter.election;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.charter.membershiproll.member.adapter.FollowsMembership;
import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The election service: the Executive Committee's election cycle (DOMAIN.md §5), its secret
 * ranked ballots with receipts, and the published, verifiable count of every contest.
 */
@CharterService("election")
@FollowsMembership
@OpenAPIDefinition(info = @Info(title = "Charter election API", version = "v1",
        description = "Executive Committee elections: nominations, slates, secret ballots, counts (DOMAIN.md §5)"))
@SpringBootApplication
public class ElectionApplication {

    public static void main(String[] args) {
        SpringApplication.run(ElectionApplication.class, args);
    }
}
