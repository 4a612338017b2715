package org.charter.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.bson.Document;
import org.charter.notification.NotificationServiceTest;
import org.charter.notification.preference.Language;
import org.charter.notification.preference.PreferenceBook;
import org.charter.notification.preference.Preferences;
import org.charter.platform.consumer.ProcessedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A poll's notices end to end: membership's appointments, the committee's poll and the workflow's
 * reminders arrive on the real embedded Kafka broker; messages go over real SMTP to the embedded
 * GreenMail and are read back over IMAP.
 */
@NotificationServiceTest
class NotificationsIT {

    private static final Instant SINCE = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    MongoDatabase database;

    @Autowired
    PreferenceBook preferences;

    @Test
    void a_poll_notifies_every_eligible_delegate_and_alternate_once_reminds_only_non_voters_and_tells_the_result()
            throws Exception {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        String motion = "m-" + ("notice" + suffix + "0000").substring(0, 10);
        String poll = motion + "-1";
        // the electorate's people, per test run, so that mailboxes of other runs do not count
        Map<String, List<String>> people = Map.of(
                "CA", List.of("ca-del" + suffix, "ca-alt1" + suffix, "ca-alt2" + suffix), "WA", List.of("wa-del" + suffix),
                "HI", List.of("hi-del" + suffix, "hi-alt1" + suffix), "PR", List.of("pr-del" + suffix));
        people.forEach((member, persons) -> ContactsServer.get().member(member + suffix.toUpperCase(), persons));
        String ca = "CA" + suffix.toUpperCase();
        String wa = "WA" + suffix.toUpperCase();
        String hi = "HI" + suffix.toUpperCase();
        String pr = "PR" + suffix.toUpperCase();
        preferences.save(new Preferences("hi-alt1" + suffix, Language.ES, Set.of()));

        Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant closes = opens.plus(Duration.ofDays(7));
        try (Feeds feeds = new Feeds(database)) {
            people.forEach((member, persons) -> feeds.member(member + suffix.toUpperCase(), SINCE, persons.get(0),
                    persons.subList(1, persons.size()).toArray(String[]::new)));
            feeds.awaitRoll(ca, wa, hi, pr);

            // opened: the delegate and alternates of CA, WA and HI (not PR, outside the electorate), once each
            feeds.pollScheduled(motion, 1, opens, closes);
            feeds.pollOpened(motion, 1, opens, List.of(ca, wa, hi));
            List<String> electorate = List.of("ca-del", "ca-alt1", "ca-alt2", "wa-del", "hi-del", "hi-alt1");
            for (String person : electorate) {
                List<Mailboxes.Mail> mails = await(() -> Mailboxes.about(address(person, suffix), poll), 1);
                assertThat(mails).as(person).hasSize(1);
            }
            Mailboxes.Mail english = Mailboxes.read(address("ca-alt1", suffix)).get(0);
            assertThat(english.subject()).isEqualTo("[Charter] Poll " + poll + " is open: vote by "
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(java.time.ZoneOffset.UTC)
                    .format(closes));
            assertThat(english.text()).contains("As alternate for " + ca, "/polls/" + poll);
            assertThat(english.html()).contains("<a href=\"http://localhost:8080/polls/" + poll + "\">");
            Mailboxes.Mail spanish = Mailboxes.read(address("hi-alt1", suffix)).get(0);
            assertThat(spanish.subject()).startsWith("[Charter] La votación " + poll + " está abierta");
            assertThat(spanish.contentLanguage()).isEqualTo("es");
            assertThat(Mailboxes.read(address("pr-del", suffix))).isEmpty();

            // CA votes; the 72 h reminder (the process listed WA and HI) goes to WA's and HI's people only
            feeds.voteCast(poll, ca, "ca-del" + suffix, opens.plusSeconds(60));
            feeds.reminderDue(motion, poll, closes, Duration.ofHours(72), List.of(wa, hi));
            for (String person : List.of("wa-del", "hi-del", "hi-alt1")) {
                assertThat(await(() -> Mailboxes.about(address(person, suffix), "Reminder: poll " + poll)
                        .size() + Mailboxes.about(address(person, suffix), "Recordatorio: la votación " + poll).size(), 1))
                        .as(person).isEqualTo(1);
            }
            // HI answers; the 24 h reminder, listing both again, goes to WA only: a later answer stops it
            feeds.voteCast(poll, hi, "hi-alt1" + suffix, closes.minus(Duration.ofHours(30)));
            awaitAnswered(poll, hi);
            feeds.reminderDue(motion, poll, closes, Duration.ofHours(24), List.of(wa, hi));
            assertThat(await(() -> Mailboxes.about(address("wa-del", suffix), "Reminder: poll " + poll).size(), 2)).isEqualTo(2);
            feeds.pollClosed(motion, poll, closes);
            feeds.formalVoteCounted(motion, poll, closes, "ADOPTED");
            for (String person : electorate) {
                assertThat(await(() -> resultsOf(person, suffix, poll), 1)).as(person).isEqualTo(1);
            }
            assertThat(Mailboxes.about(address("hi-del", suffix), "Reminder: poll " + poll)).hasSize(1);
            assertThat(Mailboxes.about(address("ca-del", suffix), "Reminder")).isEmpty();
            Mailboxes.Mail result = Mailboxes.about(address("ca-del", suffix), "closed").get(0);
            assertThat(result.subject()).isEqualTo("[Charter] Poll " + poll + " closed: ADOPTED");
            assertThat(result.text() + result.html()).doesNotContain("YES", "ABSTAIN");

            // the service stopped after sending but before recording what it applied, and once between
            // sending and recording one delivery: everything is delivered again, one message repeats
            database.getCollection(ProcessedEvents.COLLECTION).deleteMany(Filters.regex("_id", "^notification\\.notices/"));
            String repeatedKey = database.getCollection("deliveries")
                    .find(Filters.and(Filters.eq("recipient", "wa-del" + suffix), Filters.eq("kind", "POLL_RESULT"))).first()
                    .getString("_id");
            database.getCollection("deliveries").updateOne(Filters.eq("_id", repeatedKey), Updates.set("status", "ATTEMPTING"));
            int before = totalMessages(people, suffix);
            feeds.redeliverAll();
            awaitAllApplied(feeds);
            assertThat(totalMessages(people, suffix)).isEqualTo(before + 1);
            assertThat(resultsOf("wa-del", suffix, poll)).isEqualTo(2);
            Document repeated = database.getCollection("deliveries").find(Filters.eq("_id", repeatedKey)).first();
            assertThat(repeated.getString("status")).isEqualTo("SENT");
            assertThat(repeated.getBoolean("repeated")).isTrue();
            assertThat(database.getCollection("deliveries").countDocuments(Filters.and(Filters.regex("recipient", suffix + "$"),
                    Filters.eq("repeated", true)))).isEqualTo(1);
        }
    }

    @Test
    void committee_seat_holders_revisions_certifications_and_adoptions_reach_their_people_once() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        String upper = suffix.toUpperCase();
        String ca = "CA" + upper;
        String wa = "WA" + upper;
        String caDel = "ca-del" + suffix;
        String caAlt = "ca-alt" + suffix;
        String waDel = "wa-del" + suffix;
        String ecCa = "ec-ca" + suffix;
        List<String> everyone = List.of(caDel, caAlt, waDel, ecCa);
        ContactsServer.get().member(ca, List.of(caDel, caAlt, ecCa)).member(wa, List.of(waDel));
        preferences.save(new Preferences(waDel, Language.ES, Set.of()));
        String ecMotion = "m-" + ("ec" + suffix + "00000000").substring(0, 10);
        String boardMotion = "m-" + ("gb" + suffix + "00000000").substring(0, 10);
        String election = "EC-FY2028-" + upper;
        String contest = election + ".CHAIR_ELECT";
        String proposal = "FY2027-B" + (1 + ThreadLocalRandom.current().nextInt(99_999));

        try (Feeds feeds = new Feeds(database)) {
            feeds.governing(ca, SINCE, caDel, caAlt).governing(wa, SINCE, waDel);
            feeds.awaitRoll(ca, wa);
            Instant opens = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
            Instant closes = opens.plus(Duration.ofDays(7));

            // the facts that depend on nothing else, at once: a seat, a Board motion revised, a contest opened and
            // certified, a Board poll; the two topics are not ordered against each other, so what needs a fact of
            // another topic waits for it to be applied
            feeds.seatTaken("CHAIR", ecCa, "Cam Chair", ca, SINCE);
            feeds.motionProposed(ecMotion, "EXECUTIVE_COMMITTEE", "FY2027 budget review", SINCE);
            feeds.motionProposed(boardMotion, "GOVERNING_BOARD", "Data policy", SINCE);
            feeds.motionRevised(boardMotion, 2, "Data policy, answering the block", opens);
            feeds.contestOpened(election, contest, opens, List.of(ca, wa));
            feeds.contestClosed(election, contest, closes.minusSeconds(60));
            feeds.contestCertified(election, contest, ecCa, "Cam Chair", ca, closes);
            feeds.pollOpened(boardMotion, 1, opens, List.of(wa));
            await(() -> (int) database.getCollection("committee_seats").countDocuments(Filters.eq("terms.personId", ecCa)), 1);
            await(() -> (int) database.getCollection("polls").countDocuments(Filters.and(Filters.eq("_id", boardMotion + "-1"),
                    Filters.eq("electorate", wa))), 1);

            // a poll of the Executive Committee: to CA's seat holder, not to CA's delegate and alternate
            feeds.pollScheduled(ecMotion, 1, opens, closes);
            feeds.pollOpened(ecMotion, 1, opens, List.of(ca));
            // a budget adopted by the Board's poll whose electorate was WA alone
            feeds.proposalAdopted("FY2027", proposal, 2, boardMotion, boardMotion + "-1", closes);

            assertThat(await(() -> Mailboxes.about(ContactsServer.address(ecCa), "Poll " + ecMotion + "-1 is open"), 1))
                    .hasSize(1);
            // the Board motion revised: every Governing member's delegate and alternates, in their language
            for (String person : List.of(caDel, caAlt)) {
                assertThat(await(() -> Mailboxes.about(ContactsServer.address(person), "Motion " + boardMotion + " revised"), 1))
                        .as(person).hasSize(1);
            }
            Mailboxes.Mail revisedEs = await(() -> Mailboxes.about(ContactsServer.address(waDel), "Moción " + boardMotion), 1)
                    .get(0);
            assertThat(revisedEs.subject()).isEqualTo("[Charter] Moción " + boardMotion + " revisada: versión 2 del texto");
            assertThat(revisedEs.text()).contains("Data policy, answering the block", "/motions/" + boardMotion);
            // the contest certified: its frozen electorate, naming the elected
            Mailboxes.Mail certified = await(() -> Mailboxes.about(ContactsServer.address(caAlt), "Contest " + contest
                    + " certified"), 1).get(0);
            assertThat(certified.subject()).isEqualTo("[Charter] Contest " + contest + " certified: elected Cam Chair (" + ca + ")");
            assertThat(await(() -> Mailboxes.about(ContactsServer.address(waDel), "Elección " + contest + " certificada"), 1))
                    .hasSize(1);
            // the contest closed: one notice to each of its frozen electorate's people, in their language
            for (String person : List.of(caDel, caAlt)) {
                Mailboxes.Mail closed = await(() -> Mailboxes.about(ContactsServer.address(person), "Ballot " + contest
                        + " closed"), 1).get(0);
                assertThat(closed.subject()).as(person).isEqualTo("[Charter] Ballot " + contest + " closed");
                assertThat(closed.html()).as(person).contains("/contests/" + contest);
            }
            assertThat(await(() -> Mailboxes.about(ContactsServer.address(waDel), "La papeleta " + contest + " se cerró"), 1))
                    .hasSize(1);
            // the budget adopted: WA's delegate only
            Mailboxes.Mail adopted = await(() -> Mailboxes.about(ContactsServer.address(waDel), "propuesta " + proposal), 1).get(0);
            assertThat(adopted.subject()).isEqualTo("[Charter] Presupuesto FY2027: propuesta " + proposal
                    + " versión 2 aprobada");
            assertThat(adopted.html()).contains("/fiscal-years/FY2027/budget");
            awaitAllApplied(feeds);
            assertThat(Mailboxes.about(ContactsServer.address(caDel), proposal)).isEmpty();
            assertThat(Mailboxes.about(ContactsServer.address(caDel), ecMotion)).isEmpty();
            assertThat(Mailboxes.about(ContactsServer.address(caAlt), ecMotion)).isEmpty();
            assertThat(Mailboxes.about(ContactsServer.address(ecCa), boardMotion)).isEmpty();

            // every event delivered again: nobody gets anything twice
            Map<String, Integer> before = counts(everyone);
            database.getCollection(ProcessedEvents.COLLECTION).deleteMany(Filters.regex("_id", "^notification\\.notices/"));
            feeds.redeliverAll();
            awaitAllApplied(feeds);
            assertThat(counts(everyone)).isEqualTo(before);
            // CA's appointees: the revision, the contest opened, closed and certified; WA's also the Board poll and the budget
            assertThat(before).containsEntry(ecCa, 1).containsEntry(caDel, 4).containsEntry(caAlt, 4).containsEntry(waDel, 6);
            for (String person : List.of(caDel, caAlt)) {
                assertThat(Mailboxes.about(ContactsServer.address(person), "Ballot " + contest + " closed")).as(person).hasSize(1);
            }
            assertThat(Mailboxes.about(ContactsServer.address(waDel), "La papeleta " + contest + " se cerró")).hasSize(1);
            assertThat(Mailboxes.about(ContactsServer.address(ecCa), contest)).isEmpty();
        }
    }

    private static Map<String, Integer> counts(List<String> people) {
        return people.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> Mailboxes.read(ContactsServer.address(p))
                .size()));
    }

    private static int resultsOf(String person, String suffix, String poll) {
        return Mailboxes.about(address(person, suffix), "Poll " + poll + " closed").size()
                + Mailboxes.about(address(person, suffix), "La votación " + poll + " se cerró").size();
    }

    private static int totalMessages(Map<String, List<String>> people, String suffix) {
        return people.values().stream().flatMap(List::stream).mapToInt(p -> Mailboxes.read(ContactsServer.address(p)).size()).sum();
    }

    private static String address(String person, String suffix) {
        return ContactsServer.address(person + suffix);
    }

    private void awaitAnswered(String poll, String member) {
        await(() -> {
            Document d = database.getCollection("polls").find(Filters.eq("_id", poll)).first();
            return d != null && d.getList("answered", String.class, List.of()).contains(member) ? 1 : 0;
        }, 1);
    }

    /** Waits until the notices' consumer applied (again) every committee and workflow event sent. */
    private void awaitAllApplied(Feeds feeds) {
        List<String> ids = feeds.sent().stream().filter(r -> !r.topic().equals("charter.membership.events"))
                .map(r -> "notification.notices/" + new String(r.headers().lastHeader("ce_id").value(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .toList();
        assertThat(await(() -> (int) database.getCollection(ProcessedEvents.COLLECTION)
                .countDocuments(Filters.in("_id", ids)), ids.size())).isEqualTo(ids.size());
    }

    /** Polls until the value reaches {@code atLeast} or 30 s pass; answers the last value. */
    private static <T> T await(Supplier<T> value, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        T last = value.get();
        while (size(last) < atLeast && System.nanoTime() < deadline) {
            Feeds.pause();
            last = value.get();
        }
        return last;
    }

    private static int size(Object value) {
        return value instanceof List<?> list ? list.size() : value instanceof Integer i ? i : 0;
    }
}
