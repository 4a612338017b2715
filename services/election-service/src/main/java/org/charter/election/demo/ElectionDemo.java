package org.charter.election.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.count.CountingContests;
import org.charter.election.election.CallingElections;
import org.charter.election.election.CallingElections.ContestRequest;
import org.charter.election.election.Election;
import org.charter.election.election.ElectionId;
import org.charter.election.election.Elections;
import org.charter.election.election.Nominating;
import org.charter.election.election.Slating;
import org.charter.election.election.Timekeeping;
import org.charter.election.position.Periods;
import org.charter.membershiproll.member.MemberRecord;
import org.charter.membershiproll.member.MemberRecord.Representation;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.membershiproll.member.Roll;
import org.charter.platform.demo.DemoLoads;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;

/**
 * The demo consortium's Executive Committee election, the next one due: a Chair-Elect contest
 * (IRV, three K-12 leads) closed, counted with a transfer and certified, whose publication
 * {@code charter-verify check} recounts, and an at-large contest (Scottish STV, two seats, three
 * candidates) left open for a week, so a delegate votes in it on the devstack. The cycle runs
 * in about a minute (its periods are short) through the use cases the API calls: the demo
 * members' delegates nominate, cast their ballots and get their receipts like anyone; the
 * secretary {@code demo-loader} calls, slates, closes and certifies. Loaded once.
 */
public class ElectionDemo {

    public static final String NAME = "election-demo";
    static final Actor LOADER = new Actor("demo-loader", "secretary", null);

    /** The demo consortium's Governing members (membership's demo) that must be on the roll before the demo starts. */
    public static final List<String> CONSORTIUM_VOTERS = List.of("CA", "CT", "DE", "HI", "ID", "MI", "MT", "NV", "OR", "WA");

    /** Nominations open at once for a minute; the slate at 90 s, the ballot at two minutes, open a week. */
    static final Periods PERIODS = new Periods(Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofMinutes(1),
            Duration.ofSeconds(30), Duration.ofDays(7), Duration.ofMinutes(1));

    /**
     * The Chair-Elect ballots, cast in turn by the electorate's delegates (in member order, again
     * from the first after ten): of the demo consortium's 14 the three candidates have 6, 5 and 3
     * first preferences, nobody a majority; the third is excluded and its papers go to the second,
     * elected with 8 at stage 2.
     */
    static final List<List<Integer>> CHAIR_ELECT_RANKINGS = List.of(List.of(0), List.of(1, 0), List.of(0, 1),
            List.of(2, 1), List.of(1), List.of(0), List.of(1, 0), List.of(0, 1), List.of(2, 1), List.of(1));

    /** Waits until the service's clock reaches an instant (a test moves its clock instead). */
    public interface Waiting {
        void until(Instant at) throws InterruptedException;
    }

    private final DemoLoads loads;
    private final Roll roll;
    private final List<String> voters;
    private final CallingElections calling;
    private final Nominating nominating;
    private final Slating slating;
    private final Timekeeping timekeeping;
    private final CastingBallots casting;
    private final CountingContests counting;
    private final Elections elections;
    private final Clock clock;
    private final Waiting waiting;

    /**
     * @param voters the demo's Governing members the demo waits for on the roll; the first six
     *               members' K-12 leads stand
     */
    public ElectionDemo(DemoLoads loads, Roll roll, List<String> voters, CallingElections calling, Nominating nominating,
                        Slating slating, Timekeeping timekeeping, CastingBallots casting, CountingContests counting,
                        Elections elections, Clock clock, Waiting waiting) {
        if (voters.size() < 6) {
            throw new IllegalArgumentException("the election demo needs six voters' K-12 leads as candidates, got " + voters);
        }
        this.loads = loads;
        this.roll = roll;
        this.voters = List.copyOf(voters);
        this.calling = calling;
        this.nominating = nominating;
        this.slating = slating;
        this.timekeeping = timekeeping;
        this.casting = casting;
        this.counting = counting;
        this.elections = elections;
        this.clock = clock;
        this.waiting = waiting;
    }

    /** Whether every voter is on the roll, an active Governing member with a delegate and a K-12 lead. */
    public boolean rollReady() {
        Instant now = clock.instant();
        return voters.stream().allMatch(m -> roll.member(m).filter(r -> r.isActiveGoverningAt(now))
                .filter(r -> r.delegateAt(now).isPresent()).flatMap(r -> k12Lead(r, now)).isPresent());
    }

    /** Loads the demo unless it was loaded (or begun) before; answers the ids it produced. */
    public Optional<Map<String, String>> load() throws InterruptedException {
        if (!loads.claim(NAME, clock.instant())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant ballotOpensAt = now.plus(PERIODS.nominationsOpen());
        ElectionId id = calling.call(fiscalYearAfter(ballotOpensAt.plus(PERIODS.ballot())), null, ballotOpensAt, PERIODS,
                List.of(new ContestRequest("CHAIR_ELECT", 1), new ContestRequest("AT_LARGE_K12", 2)), List.of(),
                secretary()).state().id();
        String chairElect = id.contestId("CHAIR_ELECT");
        String atLarge = id.contestId("AT_LARGE_K12");

        List<String> chairCandidates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String position = i < 3 ? "CHAIR_ELECT" : "AT_LARGE_K12";
            String nominee = k12Lead(roll.member(voters.get(i)).orElseThrow(), now).orElseThrow();
            Election nominated = nominating.nominate(id, position, nominee, null, delegateOf(voters.get((i + 1) % 6))).state();
            String candidate = nominated.nominations().get(nominated.nominations().size() - 1).id();
            nominating.accept(id, candidate, new CommandContext(new Actor(nominee, "delegate", voters.get(i)),
                    UUID.randomUUID().toString(), null));
            if (i < 3) {
                chairCandidates.add(candidate);
            }
        }
        Election election = elections.get(id);
        waiting.until(election.calendar().slateAt());
        slating.slate(id, secretary());
        waiting.until(ballotOpensAt);
        timekeeping.catchUp(id);

        // every member of the frozen electorate with a delegate votes, so the quorum holds whoever else is on the roll
        List<String> electorate = elections.get(id).contestView(chairElect).electorate();
        int cast = 0;
        for (String member : electorate) {
            if (roll.member(member).flatMap(r -> r.delegateAt(clock.instant())).isEmpty()) {
                continue;
            }
            List<String> ranking = CHAIR_ELECT_RANKINGS.get(cast++ % CHAIR_ELECT_RANKINGS.size()).stream()
                    .map(chairCandidates::get).toList();
            casting.cast(chairElect, ranking, UUID.randomUUID().toString(), delegateOf(member));
        }
        elections.change(id, secretary(), e -> e.close(chairElect, clock.instant()));
        counting.count(chairElect, secretary());
        counting.certify(chairElect, secretary());

        Map<String, String> produced = new LinkedHashMap<>();
        produced.put("election", id.value());
        produced.put("certified", chairElect);
        produced.put("open", atLarge);
        loads.finished(NAME, produced, clock.instant());
        return Optional.of(produced);
    }

    /** The fiscal year (named by its end year) of the first term starting after {@code closesAt}. */
    static int fiscalYearAfter(Instant closesAt) {
        LocalDate day = LocalDate.ofInstant(closesAt, CallingElections.CONSORTIUM_ZONE);
        LocalDate termStart = MonthDay.of(7, 1).atYear(day.getYear());
        if (!day.isBefore(termStart)) {
            termStart = termStart.plusYears(1);
        }
        return termStart.getYear() + 1;
    }

    private CommandContext delegateOf(String member) {
        String delegate = roll.member(member).flatMap(r -> r.delegateAt(clock.instant())).orElseThrow(
                () -> new IllegalStateException("member " + member + " has no delegate on the election service's roll"));
        return new CommandContext(new Actor(delegate, "delegate", member), UUID.randomUUID().toString(), null);
    }

    private static Optional<String> k12Lead(MemberRecord member, Instant at) {
        return member.representatives().stream()
                .filter(r -> r.role() == RepresentativeRole.K12_LEAD && r.appointed() && !r.effectiveAt().isAfter(at))
                .map(Representation::personId).filter(p -> member.rolesOf(p, at).contains(RepresentativeRole.K12_LEAD))
                .reduce((first, second) -> second);
    }

    private static CommandContext secretary() {
        return new CommandContext(LOADER, UUID.randomUUID().toString(), null);
    }
}
