package org.charter.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the devstack in a second JVM that uses a class data sharing archive (JDK 17's dynamic
 * CDS, as Spring Boot's CDS support describes it): most of the devstack's start-up is loading and
 * verifying some 30,000 classes, which the archive hands over ready-made. A JVM flag cannot be set
 * from inside, so the jar relaunches itself: unpacked next to itself (see {@link UnpackedJar}),
 * with {@code -XX:SharedArchiveFile} once an archive exists; without one, the run records it
 * ({@code -XX:ArchiveClassesAtExit}, written when that devstack stops cleanly). Off with
 * {@code CHARTER_DEVSTACK_CDS=false}, or when the jar's directory cannot be written; a run from
 * the class path (an IDE, the tests) starts in its own JVM as before.
 */
final class ClassDataSharingLauncher {

    static final String SWITCH = "CHARTER_DEVSTACK_CDS";
    /** When the first JVM started (epoch ms), so the second one counts the start-up from there. */
    static final String LAUNCHED_AT = "charter.devstack.launched-at";
    static final String ARCHIVE = "charter-devstack.jsa";
    private static final List<String> OWN_FLAGS = List.of(
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare", "-D" + LAUNCHED_AT);

    private ClassDataSharingLauncher() {
    }

    /** The jar this JVM runs from when it should hand over to a JVM with the archive. */
    static Optional<Path> fatJarToRelaunch() {
        String setting = System.getProperty(SWITCH, System.getenv(SWITCH));
        if ("false".equalsIgnoreCase(setting) || System.getProperty(LAUNCHED_AT) != null
                || ClassDataSharingLauncher.class.getClassLoader() == ClassLoader.getSystemClassLoader()) {
            return Optional.empty();
        }
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
        boolean usable = jar.getFileName().toString().endsWith(".jar") && Files.isRegularFile(jar)
                && Files.isWritable(jar.getParent());
        return usable ? Optional.of(jar) : Optional.empty();
    }

    /** Runs the devstack in the second JVM until it ends; its exit status. */
    static int relaunch(Path fatJar, String[] args) throws InterruptedException {
        String name = fatJar.getFileName().toString().replaceFirst("\\.jar$", "");
        UnpackedJar unpacked = UnpackedJar.of(fatJar, fatJar.resolveSibling(name + "-cds"), Devstack.class.getName());
        Path archive = unpacked.directory().resolve(ARCHIVE);
        boolean recording = !Files.exists(archive);
        if (recording) {
            System.out.println("Charter devstack: first start of this build; the class data it records when it stops "
                    + "(Ctrl-C) makes the next starts faster (" + archive + ")");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (OWN_FLAGS.stream().noneMatch(argument::startsWith)) {
                command.add(argument);
            }
        }
        command.add((recording ? "-XX:ArchiveClassesAtExit=" : "-XX:SharedArchiveFile=") + archive);
        // the JVM's notes on classes it cannot archive are of no use to the devstack's user
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + LAUNCHED_AT + "=" + ManagementFactory.getRuntimeMXBean().getStartTime());
        command.add("-jar");
        command.add(unpacked.appJar().toString());
        command.addAll(List.of(args));
        try {
            Process devstack = new ProcessBuilder(command).inheritIO().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(devstack), "charter-devstack-relay-stop"));
            return devstack.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + String.join(" ", command), e);
        }
    }

    /** A signal to this JVM (Ctrl-C, SIGTERM) stops the devstack cleanly, and this JVM waits for it. */
    private static void stop(Process devstack) {
        if (devstack.isAlive()) {
            devstack.destroy();
            try {
                devstack.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** In the second JVM: whether this run records the archive, which the JVM writes as it exits. */
    static boolean recording() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(argument -> argument.startsWith("-XX:ArchiveClassesAtExit"));
    }

    /**
     * In the second JVM: when the first one ends without stopping it (kill -9), end at once too,
     * as a kill -9 would end the devstack: no clean stop, so what a crash keeps is what it keeps.
     */
    static void haltWhenLauncherDies() {
        if (System.getProperty(LAUNCHED_AT) == null) {
            return;
        }
        ProcessHandle.current().parent().ifPresent(launcher -> {
            Thread watch = new Thread(() -> {
                while (launcher.isAlive()) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                Runtime.getRuntime().halt(137);
            }, "charter-devstack-launcher-watch");
            watch.setDaemon(true);
            watch.start();
        });
    }
}
