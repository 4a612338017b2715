package org.charter.election.demo;

import static org.charter.election.CharterVerifyRun.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.charter.election.ballot.CastingBallots;
import org.charter.election.count.adapter.PublishedContests;
import org.charter.election.election.ContestStatus;
import org.charter.election.election.Election;
import org.charter.election.election.Election.ContestView;
import org.charter.election.election.ElectionFixture;
import org.charter.election.election.ElectionId;
import org.charter.membershiproll.member.RepresentativeRole;
import org.charter.platform.demo.DemoLoads;
import org.charter.platform.event.Actor;
import org.charter.platform.event.CommandContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo election on the fixture's roll (six Governing members with delegates and K-12 leads):
 * a certified Chair-Elect contest that charter-verify recounts, an at-large contest open to
 * delegates, loaded once. The clock is moved, never slept on.
 */
class ElectionDemoTest {

    private final ElectionFixture f = new ElectionFixture();
    private final MemoryDemoLoads loads = new MemoryDemoLoads();
    private final List<String> voters = List.of("CA", "WA", "OR", "NV", "ID", "HI");
    private final ElectionDemo demo = new ElectionDemo(loads, f.roll, voters, f.calling, f.nominating, f.slating,
            f.timekeeping, f.casting, f.counting, f.elections, f.clock, f.clock::set);

    @TempDir
    Path dir;

    @Test
    void loads_a_certified_contest_that_charter_verify_recounts_and_an_open_one_a_delegate_votes_in_once() throws Exception {
        Instant since = ElectionFixture.T.minus(Duration.ofDays(400));
        assertThat(demo.rollReady()).as("HI not on the roll yet").isFalse();
        f.roll.add("HI").governing(since).delegate("hi-del", since).representative(RepresentativeRole.K12_LEAD, "hi-k12", since);
        assertThat(demo.rollReady()).isTrue();

        Map<String, String> produced = demo.load().orElseThrow();

        ElectionId id = ElectionId.of(produced.get("election"));
        assertThat(id.value()).isEqualTo("EC-FY2028");
        Election election = f.election(id);
        ContestView certified = election.contestView(produced.get("certified"));
        assertThat(certified.certified()).isNotNull();
        assertThat(certified.certified().turnout()).isEqualTo(6);
        assertThat(certified.counted().result().stages()).as("a transfer was needed").hasSizeGreaterThan(1);
        assertThat(certified.counted().result().elected()).containsExactly("ca-k12");
        assertThat(certified.certified().certifiedBy()).isEqualTo("demo-loader");
        ContestView open = election.contestView(produced.get("open"));
        assertThat(open.status()).isEqualTo(ContestStatus.OPEN);
        assertThat(open.seats()).isEqualTo(2);
        assertThat(open.candidates()).extracting(c -> c.name()).containsExactlyInAnyOrder("nv-k12", "id-k12", "hi-k12");
        assertThat(open.closesAt()).isEqualTo(open.opensAt().plus(Duration.ofDays(7)));
        String first = open.candidates().get(0).id();
        CastingBallots.Receipt receipt = f.casting.cast(open.id(), List.of(first), UUID.randomUUID().toString(),
                new CommandContext(new Actor("nv-del", "delegate", "NV"), "test", null));
        assertThat(receipt.receipt()).hasSize(64);

        Path published = dir.resolve("chair-elect.json");
        Files.writeString(published, new ObjectMapper().writeValueAsString(PublishedContests.of(certified, new ObjectMapper())));
        assertThat(verify("check", published.toString(), published.toString())).as("charter-verify check").isZero();

        int versions = f.elections.history(id).size();
        assertThat(demo.load()).as("loaded once").isEmpty();
        assertThat(f.elections.history(id)).hasSize(versions);
    }

    @Test
    void the_fiscal_year_is_the_first_whose_term_starts_after_the_ballot_closes() {
        assertThat(ElectionDemo.fiscalYearAfter(Instant.parse("2026-12-13T12:00:00Z"))).isEqualTo(2028);
        assertThat(ElectionDemo.fiscalYearAfter(Instant.parse("2027-07-08T12:00:00Z"))).isEqualTo(2029);
    }

    private static final class MemoryDemoLoads implements DemoLoads {
        private final Map<String, Map<String, String>> loads = new HashMap<>();

        @Override
        public synchronized boolean claim(String name, Instant at) {
            return loads.putIfAbsent(name, Map.of()) == null;
        }

        @Override
        public synchronized void finished(String name, Map<String, String> produced, Instant at) {
            loads.put(name, produced);
        }
    }
}
