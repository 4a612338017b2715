package org.charter.election.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.test.Api;
import org.charter.platform.test.TestTokens;

/** What the election service's ITs ({@link ElectionCycleIT}, {@link SeatingIT}, {@link SuccessionAndSpecialElectionIT}) share. */
final class CommitteeTestSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private CommitteeTestSupport() {
    }

    /** Reads again every 100 ms until the answer is {@code done}; that answer. */
    static JsonNode await(Supplier<JsonNode> read, Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + PATIENCE.toSeconds() + " s: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    /**
     * Every member GOVERNING from {@code since}, with its delegate {@code <member>-del}, alternate
     * {@code <member>-alt} and K-12 lead {@code <member>-k12} (lower case), as the ITs name them.
     */
    static void governingWithK12Leads(MembershipFeed feed, Collection<String> members, Instant since) {
        for (String m : members) {
            String p = m.toLowerCase();
            feed.governing(m, since, p + "-del", p + "-alt");
            feed.representative(m, "K12_LEAD", p + "-k12", since);
        }
    }

    /** The committee's seat of the position with the number. */
    static JsonNode seat(JsonNode committee, String position, int seat) {
        for (JsonNode s : committee.path("seats")) {
            if (s.path("position").asText().equals(position) && s.path("seat").asInt() == seat) {
                return s;
            }
        }
        throw new AssertionError("no seat " + position + " " + seat + " in " + committee);
    }

    /** The token of the member's delegate ({@code <member>-del}). */
    static String delegate(String member) {
        return TestTokens.delegate(member.toLowerCase() + "-del", member);
    }

    static JsonNode created(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    static JsonNode ok(Api.Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json();
    }
}
