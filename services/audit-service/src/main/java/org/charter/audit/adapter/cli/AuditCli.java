package org.charter.audit.adapter.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The auditor's command line, in the service's own jar: {@code java -jar charter-audit.jar verify |
 * replay | retally | export} against a running stack's REST API, or with {@code --bootstrap} straight from Kafka.
 * Exit codes: 0 clean, 1 tampered (the entry named),
 * 2 a bad argument (with the usage), 3 the service could not be asked (unreachable, refused).
 */
@Command(name = "charter-audit", mixinStandardHelpOptions = true, version = "charter-audit 0.1.0",
        description = "Checks Charter's hash-chained ledger of events, replays and re-tallies its history: through the "
                + "audit service's API, or with --bootstrap straight from Kafka.",
        subcommands = {VerifyCommand.class, ReplayCommand.class, RetallyCommand.class, ExportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean (or done)", "1:the ledger is tampered with (the first broken entry is named); replay: "
                + "nothing of the id was recorded by then; retally: a recount differs from its record",
                "2:a bad argument: the usage is printed", "3:the audit service could not be asked"})
public final class AuditCli implements Runnable {

    public static final int CLEAN = 0;
    public static final int TAMPERED = 1;
    public static final int BAD_ARGUMENT = 2;
    public static final int UNAVAILABLE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: verify, replay, retally or export");
    }

    /** Whether these program arguments are a command for the CLI rather than Spring Boot's {@code --key=value}s. */
    public static boolean isCommand(String[] args) {
        for (String arg : args) {
            if (!(arg.startsWith("--") && arg.contains("="))) {
                return true;
            }
        }
        return false;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new AuditCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("charter-audit: " + e.getMessage());
            if (e instanceof AuditApi.Refused) {
                commandLine.usage(commandLine.getErr());
                return BAD_ARGUMENT;
            }
            return e instanceof AuditApi.Unavailable ? UNAVAILABLE : BAD_ARGUMENT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
