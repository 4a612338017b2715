package org.charter.election.election;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.security.SecureRandom;
import org.charter.platform.test.MovableClock;
import org.charter.election.ballot.BallotSeal;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.ballot.CrashingEventStore;
import org.charter.election.ballot.MemoryBallotAnswers;
import org.charter.election.ballot.FillingSlots;
import org.charter.election.ballot.MemoryBallotBox;
import org.charter.election.ballot.MemoryBallotClaims;
import org.charter.election.ballot.MemoryTurnout;
import org.charter.election.count.CountingContests;
import org.charter.election.ballot.Voters;
import org.charter.membershiproll.test.InMemoryRoll;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.election.position.ConfiguredPositions;
import org.charter.election.position.Periods;
import org.charter.election.position.Positions;
import org.charter.election.seat.CommitteeSeatsHeld;
import org.charter.election.seat.ExecutiveCommittees;
import org.charter.platform.aggregate.EventStreams;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.charter.platform.test.InMemoryEventStore;

/**
 * An election service without Spring: the configured positions, a roll of five Governing members
 * (CA, WA, OR, NV, ID; for each: delegate {@code ca-del}, alternate {@code ca-alt}, K-12 lead
 * {@code ca-k12}, higher-education lead {@code ca-he}, careers rep {@code ca-cte}) and an
 * Affiliate AF, and a clock standing 50 days before the ballot opens at {@link #T}.
 */
public class ElectionFixture {

    public static final Instant T = Instant.parse("2027-05-03T16:00:00Z");
    public static final List<String> GOVERNING = List.of("CA", "WA", "OR", "NV", "ID");

    public final MovableClock clock = new MovableClock(T.minus(Duration.ofDays(50)));
    public final InMemoryRoll roll = new InMemoryRoll();
    public final InMemoryEventStore store = new InMemoryEventStore(clock, "election");
    public final CrashingEventStore crashing = new CrashingEventStore(store);
    public final Elections elections = new Elections(EventStreams.of(crashing), List.of());
    public final MemoryTurnout turnout = new MemoryTurnout();
    public final Voters voters = new Voters(EventStreams.of(crashing), List.of(turnout));
    public final MemoryBallotBox box = new MemoryBallotBox();
    public final MemoryBallotAnswers answers = new MemoryBallotAnswers();
    public final MemoryBallotClaims claims = new MemoryBallotClaims();
    public final Positions positions = ConfiguredPositions.positions();
    public final MemorySeeds seeds = new MemorySeeds();
    public final CallingElections calling = new CallingElections(elections, positions, Periods.DEFAULTS, "IRV", clock);
    /** The committee's seats, which nominations count against {@code maxSeatsPerMember}. */
    public final ExecutiveCommittees committees = new ExecutiveCommittees(EventStreams.of(store));
    public final Nominating nominating = new Nominating(elections, roll, positions,
            new CommitteeSeatsHeld(committees, positions), clock);
    public final Slating slating = new Slating(elections, seeds, clock);
    public final Timekeeping timekeeping = new Timekeeping(elections, roll, clock);
    public final CastingBallots casting = casting();
    public final CountingContests counting = new CountingContests(elections, box, turnout, seeds, casting,
            new Eligibility(roll), positions, clock);

    /** A casting service of its own (as another replica's) on this fixture's stores: no lock shared with {@link #casting}. */
    public CastingBallots casting() {
        BallotSeal seal = new BallotSeal(new SecureRandom());
        return new CastingBallots(timekeeping, voters, new FillingSlots(box, claims, seal, new SecureRandom()), answers, seal,
                roll, clock);
    }

    public ElectionFixture() {
        Instant since = T.minus(Duration.ofDays(400));
        for (String m : GOVERNING) {
            String p = m.toLowerCase();
            roll.add(m).governing(since).delegate(p + "-del", since).alternates(since, p + "-alt")
                    .representative(RepresentativeRole.K12_LEAD, p + "-k12", since)
                    .representative(RepresentativeRole.HIGHER_EDUCATION_LEAD, p + "-he", since)
                    .representative(RepresentativeRole.POSTSECONDARY_CAREERS_REP, p + "-cte", since);
        }
        roll.add("AF").affiliate(since).delegate("af-del", since).representative(RepresentativeRole.K12_LEAD, "af-k12", since);
    }

    public static CommandContext secretary() {
        return new CommandContext(new Actor("sam.secretary", "secretary", null), "test", null);
    }

    /** The delegate of a member, acting for it. */
    public static CommandContext delegateOf(String member) {
        return new CommandContext(new Actor(member.toLowerCase() + "-del", "delegate", member), "test", null);
    }

    public static CommandContext person(String subject) {
        return new CommandContext(new Actor(subject, "delegate", null), "test", null);
    }

    /** FY2028's election with the default calendar around {@link #T}: CHAIR_ELECT, AT_LARGE_K12, HIGHER_EDUCATION. */
    public ElectionId callDefault() {
        return calling.call(2028, null, T, null, List.of(), List.of(), secretary()).state().id();
    }

    /** The periods {@link #call} calls with: null for the defaults. */
    public Periods periods;

    public ElectionId call(List<CallingElections.ContestRequest> contests, List<String> continuing) {
        return calling.call(2028, null, T, periods, contests, continuing, secretary()).state().id();
    }

    public void at(Instant instant) {
        clock.set(instant);
    }

    public Election election(ElectionId id) {
        return elections.get(id);
    }

    /** Nominated by CA's delegate and accepted by the nominee: the nomination (candidate) id. */
    public String standing(ElectionId id, String position, String nominee) {
        Election e = nominating.nominate(id, position, nominee, null, delegateOf("CA")).state();
        String nomination = e.nominations().get(e.nominations().size() - 1).id();
        nominating.accept(id, nomination, person(nominee));
        return nomination;
    }

    /** A ballot cast by a member's delegate with a fresh Idempotency-Key. */
    public CastingBallots.Receipt vote(String contestId, String member, String... ranking) {
        return casting.cast(contestId, List.of(ranking), java.util.UUID.randomUUID().toString(), delegateOf(member));
    }

    /**
     * An election of FY2028 whose contest CHAIR_ELECT (3 candidates n1 ca-k12, n2 wa-k12, n3
     * or-k12) is open: the clock stands a minute after {@link #T}.
     */
    public ElectionId openChairElect() {
        ElectionId id = call(List.of(new CallingElections.ContestRequest("CHAIR_ELECT", 1)), List.of());
        at(T.minus(Duration.ofDays(40)));
        standing(id, "CHAIR_ELECT", "ca-k12");
        standing(id, "CHAIR_ELECT", "wa-k12");
        standing(id, "CHAIR_ELECT", "or-k12");
        at(T.minus(Duration.ofDays(10)));
        slating.slate(id, secretary());
        at(T.plusSeconds(60));
        timekeeping.catchUp(id);
        return id;
    }

    /** Seeds kept in memory; the hash is SHA-256 over the hex seed's bytes. */
    public static final class MemorySeeds implements SeedVault {
        final Map<String, String> seeds = new ConcurrentHashMap<>();

        @Override
        public String commit(String contestId) {
            String seed = seeds.computeIfAbsent(contestId, c -> HexFormat.of().formatHex(
                    sha256(("seed of " + c).getBytes(StandardCharsets.UTF_8))));
            return HexFormat.of().formatHex(sha256(HexFormat.of().parseHex(seed)));
        }

        @Override
        public String reveal(String contestId) {
            return seeds.get(contestId);
        }

        static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
