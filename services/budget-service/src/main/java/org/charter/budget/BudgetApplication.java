package org.charter.budget;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.charter.membershiproll.member.adapter.FollowsMembership;
import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The budget service: fiscal years, budget proposals and their versions, fee schedules, member
 * fees, amendments and the continuing budget. Votes on them are the committee service's polls;
 * this service moves a proposal on their outcome events.
 */
@CharterService("budget")
@FollowsMembership
@OpenAPIDefinition(info = @Info(title = "Charter budget API", version = "v1",
        description = "Fiscal years, budgets, fee schedules, member fees and amendments (DOMAIN.md §6)"))
@SpringBootApplication
public class BudgetApplication {

    public static void main(String[] args) {
        SpringApplication.run(BudgetApplication.class, args);
    }
}
