package org.charter.committee;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.charter.membershiproll.member.adapter.FollowsMembership;
import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The committee service: committees, seats and meetings; policy motions, their consensus rounds
 * and formal votes; polls and the votes cast in them by members' delegates.
 */
@CharterService("committee")
@FollowsMembership
@OpenAPIDefinition(info = @Info(title = "Charter committee API", version = "v1",
        description = "Motions, consensus rounds, polls and votes of the Governing Board (DOMAIN.md §3, §4) and the"
                + " Executive Committee's review polls, voted by its seat holders (§2.2)"))
@SpringBootApplication
public class CommitteeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommitteeApplication.class, args);
    }
}
