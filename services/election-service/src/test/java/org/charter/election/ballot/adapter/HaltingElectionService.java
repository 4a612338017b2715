package org.charter.election.ballot.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.charter.election.ElectionApplication;
import org.charter.election.ballot.BallotAnswers;
import org.charter.election.ballot.BallotBox;
import org.charter.election.ballot.BallotClaims;
import org.charter.election.ballot.SealedBallot;
import org.charter.election.ballot.Voter;
import org.charter.election.ballot.Voters;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.aggregate.ReadModel;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The election service as a test starts it in a JVM of its own, from the test class path, with a
 * fault injected: with {@value #PROPERTY}{@code =<file>}, whenever a ballot's cast reaches a step
 * boundary named in that file, the JVM halts ({@link Runtime#halt}: no shutdown hook, no flush, as
 * {@code kill -9}). The test writes the file just before the cast it means to interrupt, so the
 * casts that finish earlier ones pass. Nothing of this is in the service's own code or jar: only
 * this main class arms it.
 *
 * <p>With {@value #CLOCK_PROPERTY}{@code =<file>}, the service's clock is the system's moved on by the
 * duration (ISO-8601) in that file, read at every look: a test moves the time of a JVM it does not
 * share (and of the JVM that restarts on the same file) without sleeping through an election's windows.
 */
public final class HaltingElectionService {

    public static final String PROPERTY = "charter.test.halt-at-file";
    /** Names the file holding how far the service's clock is ahead of the system's. */
    public static final String CLOCK_PROPERTY = "charter.test.clock-shift-file";
    /** The JVM's exit status when it halted at its step, so a test tells it from any other death. */
    public static final int HALTED = 99;

    /** The boundaries between the writes of a cast (CastingBallots, ADR 0017), named by what is written. */
    public enum Step {
        /** The sealed answer is filed in its slot; nothing registered. */
        SEALED,
        /** The "has voted" register entry is appended; the turnout read model not yet written. */
        REGISTERED,
        /** The turnout is written; the contest's box slots not yet provided, the ballot not yet in the box. */
        TURNOUT_WRITTEN,
        /**
         * Half of the contest's box slots are allocated (what a halt in the middle of the allocation leaves); only
         * where the cast is the contest's first to allocate them.
         */
        SLOTS_HALF_PROVIDED,
        /** The ballot's claim on a box slot is filed; the slot not yet filled. */
        CLAIMED,
        /** The ballot is in the box; the slot not yet marked done. */
        BOXED,
        /** The slot is marked done; the receipt not yet answered. */
        DONE
    }

    private HaltingElectionService() {
    }

    public static void main(String[] args) {
        new SpringApplication(ElectionApplication.class, Faults.class).run(args);
    }

    static void reached(Step step) {
        if (armed(step)) {
            System.out.println("HaltingElectionService: halting at " + step);
            System.out.flush();
            Runtime.getRuntime().halt(HALTED);
        }
    }

    private static boolean armed(Step step) {
        String file = System.getProperty(PROPERTY);
        return file != null && armedAt(Path.of(file)).equals(step.name());
    }

    private static String armedAt(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Faults {

        @Bean
        static BeanPostProcessor haltingBallotSteps(BeanFactory beans) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    // the service's clock (a bean post-processor, not a bean of its own: the ITs' context sees this
                    // configuration too, and has a clock of its own)
                    if (bean instanceof Clock && System.getProperty(CLOCK_PROPERTY) != null) {
                        return new ShiftedClock(Path.of(System.getProperty(CLOCK_PROPERTY)));
                    }
                    if (bean instanceof BallotAnswers answers) {
                        return new HaltingAnswers(answers);
                    }
                    if (bean instanceof BallotBox box) {
                        return new HaltingBox(box);
                    }
                    if (bean instanceof BallotClaims claims) {
                        return new HaltingClaims(claims);
                    }
                    if (bean instanceof Voters) {
                        // the same register, with a read model ahead of the turnout that halts right after the append
                        return new Voters(beans.getBean(EventStreams.class),
                                List.of(new HaltAfterAppend(), beans.getBean(MongoTurnout.class)));
                    }
                    return bean;
                }
            };
        }
    }

    private record HaltingAnswers(BallotAnswers answers) implements BallotAnswers {
        @Override
        public Optional<byte[]> find(String slot) {
            return answers.find(slot);
        }

        @Override
        public boolean claim(String slot, byte[] sealed) {
            boolean claimed = answers.claim(slot, sealed);
            if (claimed) {
                reached(Step.SEALED);
            }
            return claimed;
        }

        @Override
        public void replace(String slot, byte[] sealed) {
            answers.replace(slot, sealed);
            reached(Step.DONE);
        }
    }

    private record HaltingClaims(BallotClaims claims) implements BallotClaims {
        @Override
        public Optional<byte[]> find(String claimId) {
            return claims.find(claimId);
        }

        @Override
        public boolean claim(String claimId, byte[] sealed) {
            boolean claimed = claims.claim(claimId, sealed);
            if (claimed) {
                reached(Step.CLAIMED);
            }
            return claimed;
        }
    }

    private record HaltingBox(BallotBox box) implements BallotBox {
        @Override
        public void provide(String contestId, int slots) {
            reached(Step.TURNOUT_WRITTEN);
            if (armed(Step.SLOTS_HALF_PROVIDED)) {
                box.provide(contestId, slots / 2);
                reached(Step.SLOTS_HALF_PROVIDED);
            }
            box.provide(contestId, slots);
        }

        @Override
        public List<String> freeSlots(String contestId) {
            return box.freeSlots(contestId);
        }

        @Override
        public boolean fill(String slot, SealedBallot ballot) {
            boolean boxed = box.fill(slot, ballot);
            if (boxed) {
                reached(Step.BOXED);
            }
            return boxed;
        }

        @Override
        public boolean holds(SealedBallot ballot) {
            return box.holds(ballot);
        }

        @Override
        public List<SealedBallot> contents(String contestId) {
            return box.contents(contestId);
        }
    }

    private static final class HaltAfterAppend implements ReadModel<Voter> {
        @Override
        public String name() {
            return "halt-after-register-append";
        }

        @Override
        public void update(Voter voter) {
            reached(Step.REGISTERED);
        }
    }

    /** The system clock moved on by the duration its file holds (none while the file is absent). */
    private static final class ShiftedClock extends Clock {
        private final Path file;

        ShiftedClock(Path file) {
            this.file = file;
        }

        @Override
        public Instant instant() {
            try {
                Duration shift = Files.exists(file) ? Duration.parse(Files.readString(file).trim()) : Duration.ZERO;
                return Instant.now().plus(shift);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
