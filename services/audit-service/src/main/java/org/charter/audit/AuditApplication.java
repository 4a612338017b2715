package org.charter.audit;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.charter.audit.adapter.cli.AuditCli;
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

    /** Runs the service, or with a command ({@code verify}, {@code export}, {@code --help}) the auditor's CLI. */
    public static void main(String[] args) {
        if (AuditCli.isCommand(args)) {
            System.exit(AuditCli.run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
        }
        SpringApplication.run(AuditApplication.class, args);
    }
}
