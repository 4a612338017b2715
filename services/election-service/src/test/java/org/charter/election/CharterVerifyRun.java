package org.charter.election;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** charter-verify as a member runs it: its own JVM, the voting library on the class path. */
public final class CharterVerifyRun {

    private CharterVerifyRun() {
    }

    /** Runs it with these arguments, prints what it said, and answers its exit status. */
    public static int verify(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.charter.voting.verify.CharterVerify"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        int exit = process.waitFor();
        System.out.println("charter-verify " + String.join(" ", args) + " -> " + exit + "\n" + output);
        return exit;
    }
}
