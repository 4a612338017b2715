package org.charter.audit;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.charter.platform.service.CharterService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The audit service: every event of every bounded context in one append-only, hash-chained
 * ledger, its verification and its export (DOMAIN.md §7, DESIGN.md §8).
 */
@CharterService("audit")
@OpenAPIDefinition(info = @Info(title = "Charter audit API", version = "v1",
        description = "The hash-chained ledger of every Charter event: verification, cross-check, export (DOMAIN.md §7)"))
@SpringBootApplication
public class AuditApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuditApplication.class, args);
    }
}
