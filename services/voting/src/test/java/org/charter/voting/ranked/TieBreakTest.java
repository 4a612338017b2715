package org.charter.voting.ranked;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.charter.voting.ranked.Contests.aContest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TieBreakTest {

    @Test
    void a_tie_for_exclusion_is_broken_at_the_most_recent_stage_where_the_candidates_differed() {
        // stage 1: A 6, B 3, C 4, D 1; D's paper gives B 4 = C 4; B had fewer at stage 1, so B goes
        Contest contest = aContest().candidates("A", "B", "C", "D").seats(1)
                .ballots(6, "A").ballots(3, "B", "C").ballots(4, "C", "B").ballots(1, "D", "B")
                .build();

        CountReport report = RankedCount.count(contest, CountMethod.IRV, Lot.unseeded());

        assertThat(report.stages().get(2).excluded()).containsExactly("B");
        assertThat(report.stages().get(2).notes()).anyMatch(n -> n.contains("at stage 1, the most recent at which they differed"));
        assertThat(report.elected()).containsExactly("C");
    }

    @Test
    void candidates_tied_at_every_stage_are_separated_by_the_seeded_lot() throws Exception {
        Contest contest = aContest().id("EC-2026-CHAIR_ELECT").candidates("A", "B", "C").seats(1)
                .ballots(2, "A").ballots(2, "B").ballots(3, "C")
                .build();
        byte[] seed = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
        String loser = Arrays.compareUnsigned(jdkHmac(seed, "EC-2026-CHAIR_ELECTA"), jdkHmac(seed, "EC-2026-CHAIR_ELECTB")) < 0 ? "A" : "B";

        CountReport report = RankedCount.count(contest, CountMethod.IRV, Lot.seeded(seed));

        assertThat(report.stages().get(1).excluded()).containsExactly(loser);
        assertThat(report.stages().get(1).notes()).anyMatch(n -> n.contains("seeded lot"));
    }

    @Test
    void a_tie_that_needs_the_lot_fails_clearly_without_a_seed() {
        Contest contest = aContest().candidates("A", "B", "C").seats(1).ballots(2, "A").ballots(2, "B").ballots(3, "C").build();

        assertThatThrownBy(() -> RankedCount.count(contest, CountMethod.IRV, Lot.unseeded()))
                .isInstanceOf(LotRequired.class)
                .hasMessageContaining("A, B are tied at every stage");
    }

    @Test
    void the_hmac_is_rfc_4231_hmac_sha_256() throws Exception {
        // RFC 4231 test case 2
        assertThat(HexFormat.of().formatHex(HmacSha256.mac("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] key = new byte[random.nextInt(150)];
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(message);
            if (key.length == 0) {
                continue; // the JDK refuses empty keys
            }
            assertThat(HmacSha256.mac(key, message)).isEqualTo(jdkHmac(key, message));
        }
    }

    private static byte[] jdkHmac(byte[] key, String message) throws Exception {
        return jdkHmac(key, message.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] jdkHmac(byte[] key, byte[] message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
