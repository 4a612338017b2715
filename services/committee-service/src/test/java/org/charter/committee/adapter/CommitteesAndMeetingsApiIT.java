package org.charter.committee.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.charter.committee.CommitteeServiceTest;
import org.charter.membershiproll.test.MembershipFeed;
import org.charter.platform.event.Actor;
import org.charter.platform.security.Role;
import org.charter.platform.test.Api;
import org.charter.platform.test.ContextTopic;
import org.charter.platform.test.EventSchemas;
import org.charter.platform.test.TestTokens;
import org.charter.platform.test.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Committees and meetings end to end: real HTTP, membership's events in through the in-process
 * Kafka broker, the committee's events out, the MongoDB wire-protocol server. It shares the
 * Governing Board B1..B9 of {@link CommitteeApiIT} (feeding it when it is not there yet) and,
 * like it, leaves the members with voting rights now as it found them; N is read, not assumed.
 */
@CommitteeServiceTest
class CommitteesAndMeetingsApiIT {

    private static final ContextTopic COMMITTEE_EVENTS = ContextTopic.of("committee");

    private static final String COMMITTEES = "/api/v1/committees";
    private static final String BOARD = COMMITTEES + "/GOVERNING_BOARD";
    private static final String EC = COMMITTEES + "/EXECUTIVE_COMMITTEE";
    /** The election service's one stream of the Executive Committee's seats. */
    private static final String SEATS = "executive-committee";

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Api api;
    private final String secretary = TestTokens.token("sam.secretary", Role.SECRETARY, null);

    @BeforeEach
    void board() {
        api = new Api(port);
        synchronized (CommitteeApiIT.class) {
            Instant since = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
            try (MembershipFeed feed = new MembershipFeed(database)) {
                List<String> fed = new ArrayList<>();
                for (int i = 1; i <= 9; i++) {
                    String member = "B" + i;
                    if (database.getCollection("membership_roll").find(Filters.eq("_id", member)).first() == null) {
                        feed.governing(member, since, "b" + i + "-del", "b" + i + "-alt");
                        fed.add(member);
                    }
                }
                feed.awaitRoll(fed.toArray(String[]::new));
            }
        }
    }

    // ---------------------------------------------------------------- a meeting's whole life

    @Test
    void a_board_meeting_is_scheduled_held_with_a_quorum_and_its_minutes_approved_at_the_next_one() {
        JsonNode board = ok(api.get(BOARD, TestTokens.delegate("B1")));
        int n = board.path("seats").size();
        int q = n / 2 + 1;
        assertThat(n).isGreaterThanOrEqualTo(9);
        assertThat(board.path("quorum").path("seats").asInt()).isEqualTo(n);
        assertThat(board.path("quorum").path("required").asInt()).isEqualTo(q);
        JsonNode b1 = board.path("seats").get(0);
        assertThat(b1.path("attendee").asText()).isEqualTo("B1");
        assertThat(b1.path("person").asText()).isEqualTo("b1-del");
        assertThat(b1.path("alternates")).extracting(JsonNode::asText).containsExactly("b1-alt");

        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JsonNode scheduled = created(api.post(BOARD + "/meetings", secretary, hybrid("Spring meeting", start)));
        String meeting = scheduled.path("id").asText();
        String path = BOARD + "/meetings/" + meeting;
        assertThat(scheduled.path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(scheduled.path("noticeGivenAt").asText()).isEqualTo(start.minus(Duration.ofDays(14)).toString());
        String motion = created(api.post("/api/v1/motions", secretary, """
                {"title":"Open data policy","text":"1. Publish item statistics.","kind":"POLICY_ADOPTION",
                 "committee":"GOVERNING_BOARD"}""")).path("id").asText();
        created(api.post(path + "/agenda", secretary, "{\"kind\":\"MOTION\",\"motion\":\"" + motion + "\"}"));
        created(api.post(path + "/agenda", secretary, "{\"kind\":\"REPORT\",\"title\":\"Treasurer's report\"}"));
        JsonNode agenda = created(api.post(path + "/agenda", secretary, "{\"kind\":\"ELECTION\",\"election\":\"FY2027-EC\"}"))
                .path("agenda");
        assertThat(agenda).extracting(i -> i.path("title").asText()).containsExactly("Open data policy", "Treasurer's report",
                "Election FY2027-EC");

        JsonNode opened = ok(api.post(path + "/opening", secretary, null));
        assertThat(opened.path("seats")).hasSize(n);
        assertThat(opened.path("session").path("inSession").asBoolean()).isTrue();
        ok(api.post(path + "/attendance", secretary, attendance(1, q - 1, "PRESENT_ONLINE")));
        JsonNode short1 = ok(api.get(path + "/session", TestTokens.auditor()));
        assertThat(short1.path("present").asInt()).isEqualTo(q - 1);
        assertThat(short1.path("quorate").asBoolean()).isFalse();
        JsonNode quorate = ok(api.post(path + "/attendance", secretary,
                "{\"attendance\":[{\"attendee\":\"B" + q + "\",\"presence\":\"PRESENT_IN_PERSON\",\"person\":\"b" + q + "-alt\"}]}"));
        assertThat(quorate.path("session").path("present").asInt()).isEqualTo(q);
        assertThat(quorate.path("session").path("quorum").asInt()).isEqualTo(q);
        assertThat(quorate.path("session").path("quorate").asBoolean()).isTrue();

        ok(api.post(path + "/adjournment", secretary, null));
        created(api.post(path + "/minutes", secretary, "{\"text\":\"Present: " + q + " of " + n + ". Reports received.\"}"));
        int before = history(path).size();
        assertProblem(api.post(path + "/minutes/approval", secretary, "{\"atMeeting\":\"" + meeting + "\"}"), 409, "WRONG_STEP",
                "later meeting");
        assertThat(history(path)).hasSize(before);

        String next = created(api.post(BOARD + "/meetings", secretary, hybrid("Summer meeting", start.plusSeconds(60))))
                .path("id").asText();
        String nextPath = BOARD + "/meetings/" + next;
        ok(api.post(nextPath + "/opening", secretary, null));
        ok(api.post(nextPath + "/attendance", secretary, attendance(1, q, "PRESENT_IN_PERSON")));
        JsonNode approved = ok(api.post(path + "/minutes/approval", secretary, "{\"atMeeting\":\"" + next + "\"}"));
        assertThat(approved.path("approval").path("atMeeting").asText()).isEqualTo(next);
        assertThat(approved.path("approval").path("version").asInt()).isEqualTo(1);

        JsonNode calendar = ok(api.get(BOARD + "/meetings?size=200", TestTokens.delegate("B2")));
        assertThat(calendar.path("content")).extracting(m -> m.path("id").asText()).contains(meeting, next);
        assertThat(calendar.path("content").get(0).path("startsAt").asText()).isGreaterThanOrEqualTo(start.plusSeconds(60).toString());

        List<CloudEvent> events = COMMITTEE_EVENTS.await(ContextTopic.subject("meeting:" + meeting), 8 + q);
        assertThat(events.subList(0, 5)).extracting(COMMITTEE_EVENTS::name).containsExactly("MeetingScheduled", "AgendaItemAdded",
                "AgendaItemAdded", "AgendaItemAdded", "MeetingOpened");
        EventSchemas schemas = EventSchemas.inRepository();
        for (CloudEvent event : events) {
            schemas.validate(event);
            assertThat(event.getExtension("actorsubject")).isEqualTo("sam.secretary");
        }
        assertThat(events.stream().map(COMMITTEE_EVENTS::name)).containsSubsequence("MeetingOpened", "AttendanceRecorded",
                "MeetingAdjourned", "MinutesDrafted", "MinutesApproved");
        assertThat(events.stream().filter(e -> COMMITTEE_EVENTS.name(e).equals("AttendanceRecorded"))).hasSize(q);
    }

    @Test
    void a_poll_held_in_a_quorate_meeting_runs_ten_minutes_at_least_and_closes_when_the_meeting_adjourns() {
        int q = ok(api.get(BOARD, TestTokens.delegate("B1"))).path("quorum").path("required").asInt();
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String meeting = created(api.post(BOARD + "/meetings", secretary, hybrid("Poll meeting", start))).path("id").asText();
        String path = BOARD + "/meetings/" + meeting;
        String motion = created(api.post("/api/v1/motions", secretary, """
                {"title":"Meeting policy","text":"1. Polls in meetings.","kind":"POLICY_ADOPTION",
                 "committee":"GOVERNING_BOARD"}""")).path("id").asText();
        String motionPath = "/api/v1/motions/" + motion;
        int before = history(motionPath).size();
        assertProblem(api.post("/api/v1/polls", secretary, inMeeting(motion, meeting, Instant.now(), 20)), 409, "WRONG_STEP",
                "SCHEDULED");

        ok(api.post(path + "/opening", secretary, null));
        ok(api.post(path + "/attendance", secretary, attendance(1, q - 1, "PRESENT_ONLINE")));
        assertProblem(api.post("/api/v1/polls", secretary, inMeeting(motion, meeting, Instant.now(), 20)), 409,
                "MEETING_NOT_QUORATE", "quorum");
        ok(api.post(path + "/attendance", secretary, attendance(q, q, "PRESENT_IN_PERSON")));
        Instant opens = Instant.now();
        assertProblem(api.post("/api/v1/polls", secretary, inMeeting(motion, meeting, opens, 9)), 422, "POLL_TOO_SHORT",
                "closesAt");
        assertProblem(api.post("/api/v1/polls", secretary, inMeeting(motion, meeting, opens, 4 * 60)), 422,
                "POLL_OUTSIDE_MEETING", "closesAt");
        assertProblem(api.post("/api/v1/polls", secretary, inMeeting(motion, "mt-0000000000", opens, 20)), 422,
                "UNKNOWN_MEETING", "meeting");
        assertThat(history(motionPath)).hasSize(before);

        JsonNode poll = created(api.post("/api/v1/polls", secretary, inMeeting(motion, meeting, opens, 30)));
        String pollId = poll.path("id").asText();
        assertThat(poll.path("status").asText()).isEqualTo("OPEN");
        assertThat(poll.path("meeting").asText()).isEqualTo(meeting);
        created(api.post("/api/v1/polls/" + pollId + "/votes", TestTokens.delegate("b1-del", "B1"), "{\"choice\":\"SUPPORT\"}"));
        assertProblem(api.post("/api/v1/polls/" + pollId + "/closure", secretary, null), 409, "POLL_TOO_SHORT", "10 minutes");

        ok(api.post(path + "/adjournment", secretary, null));
        JsonNode closed = ok(api.get("/api/v1/polls/" + pollId, TestTokens.auditor()));
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        List<CloudEvent> events = COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 6);
        assertThat(events).extracting(COMMITTEE_EVENTS::name).startsWith("MotionProposed", "PollScheduled", "PollHeldInMeeting",
                "PollOpened", "PollClosed", "ConsensusRoundCounted");
        events.forEach(EventSchemas.inRepository()::validate);
    }

    @Test
    void the_person_who_started_a_process_is_recorded_as_the_initiator_of_the_events_a_service_causes_for_it() {
        String workflow = TestTokens.token("charter-workflow", Role.SECRETARY, null);
        String body = """
                {"title":"Initiated policy","text":"1. Started by a process.","kind":"POLICY_ADOPTION","committee":"GOVERNING_BOARD"}""";
        String motion = created(api.send("POST", "/api/v1/motions", workflow, body, "X-Charter-Initiator", "sam.secretary"))
                .path("id").asText();
        String unsaid = created(api.send("POST", "/api/v1/motions", workflow, body, "X-Charter-Initiator", "sam secretary\t"))
                .path("id").asText();

        JsonNode actor = history("/api/v1/motions/" + motion).get(0).path("actor");
        assertThat(actor.path("subject").asText()).isEqualTo("charter-workflow");
        assertThat(actor.path("initiator").asText()).isEqualTo("sam.secretary");
        assertThat(history("/api/v1/motions/" + unsaid).get(0).path("actor").path("initiator").isTextual()).isFalse();
        CloudEvent proposed = COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 1).get(0);
        assertThat(proposed.getExtension("initiator")).isEqualTo("sam.secretary");
        assertThat(proposed.getExtension("actorsubject")).isEqualTo("charter-workflow");
        assertThat(COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + unsaid), 1).get(0).getExtensionNames())
                .doesNotContain("initiator");
    }

    private static String inMeeting(String motion, String meeting, Instant opensAt, int minutes) {
        return """
                {"motion":"%s","type":"CONSENSUS_ROUND","opensAt":"%s","closesAt":"%s","meeting":"%s"}""".formatted(motion,
                opensAt, opensAt.plus(Duration.ofMinutes(minutes)), meeting);
    }

    @Test
    void meeting_steps_out_of_order_and_bad_arrangements_are_refused_and_change_nothing() {
        Instant start = Instant.now().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS);
        assertProblem(api.post(BOARD + "/meetings", secretary, """
                {"format":"VIRTUAL","startsAt":"%s","noticeGivenAt":"%s"}""".formatted(start, Instant.now().minusSeconds(60))),
                422, "MEETING_LINK_REQUIRED", "link");
        assertProblem(api.post(BOARD + "/meetings", secretary, """
                {"format":"IN_PERSON","startsAt":"%s","place":"Room 1","noticeGivenAt":"%s"}""".formatted(start,
                start.plusSeconds(60))), 422, "NOTICE_DATE_INVALID", "noticeGivenAt");
        assertProblem(api.post(BOARD + "/meetings", secretary, "{\"format\":\"ONLINE\"}"), 400, "MALFORMED_REQUEST", "format");
        String meeting = created(api.post(BOARD + "/meetings", secretary, hybrid(null, start))).path("id").asText();
        String path = BOARD + "/meetings/" + meeting;
        int recorded = history(path).size();

        assertProblem(api.post(path + "/opening", secretary, null), 409, "WRONG_STEP", "may be opened from");
        assertProblem(api.post(path + "/attendance", secretary, attendance(1, 1, "PRESENT_ONLINE")), 409, "WRONG_STEP",
                "attendance is taken once it is opened");
        assertProblem(api.post(path + "/minutes", secretary, "{\"text\":\"too early\"}"), 409, "WRONG_STEP", "has met");
        assertProblem(api.post(path + "/agenda", secretary, "{\"kind\":\"MOTION\",\"motion\":\"m-0000000000\"}"), 422,
                "UNKNOWN_MOTION", "motion");
        assertProblem(api.post(path + "/agenda", secretary, "{\"kind\":\"REPORT\"}"), 422, "AGENDA_TITLE_REQUIRED", "title");
        assertProblem(api.post(path + "/agenda", TestTokens.delegate("B1"), "{\"kind\":\"REPORT\",\"title\":\"x\"}"), 403,
                "FORBIDDEN", "");
        assertProblem(api.post(path + "/adjournment", TestTokens.auditor(), null), 403, "AUDITOR_READ_ONLY", "");
        assertThat(history(path)).hasSize(recorded);

        JsonNode cancelled = ok(api.post(path + "/cancellation", secretary, "{\"reason\":\"no business\"}"));
        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertProblem(api.post(path + "/rescheduling", secretary, hybrid(null, start.plusSeconds(3600))), 409, "WRONG_STEP",
                "CANCELLED");
    }

    @Test
    void a_meeting_is_rescheduled_with_new_notice_and_an_unknown_one_is_not_found() {
        Instant start = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        String meeting = created(api.post(BOARD + "/meetings", secretary, hybrid(null, start))).path("id").asText();

        JsonNode moved = ok(api.post(BOARD + "/meetings/" + meeting + "/rescheduling", secretary, """
                {"format":"VIRTUAL","startsAt":"%s","link":"https://meet.example.org/gb-2","noticeGivenAt":"%s",
                 "reason":"room unavailable"}""".formatted(start.plus(Duration.ofDays(7)), Instant.now().minusSeconds(5))));

        assertThat(moved.path("format").asText()).isEqualTo("VIRTUAL");
        assertThat(moved.path("place").isNull()).isTrue();
        assertProblem(api.get(BOARD + "/meetings/mt-0000000000", secretary), 404, "MEETING_NOT_FOUND", "mt-0000000000");
        assertProblem(api.get(COMMITTEES + "/EXECUTIVE_COMMITTEE/meetings/" + meeting, secretary), 404, "MEETING_NOT_FOUND",
                meeting);
        assertProblem(api.get(COMMITTEES + "/NO_SUCH_BODY/meetings", secretary), 404, "COMMITTEE_NOT_FOUND", "NO_SUCH_BODY");
        assertProblem(api.post(COMMITTEES + "/NO_SUCH_BODY/meetings", secretary, hybrid(null, start)), 404, "COMMITTEE_NOT_FOUND",
                "NO_SUCH_BODY");
    }

    // ---------------------------------------------------------------- committees and their seats

    @Test
    void the_standing_bodies_are_listed_and_created_bodies_join_them() {
        String id = "TAC_" + suffix().toUpperCase();
        JsonNode created = created(api.post(COMMITTEES, secretary, """
                {"id":"%s","type":"ADVISORY_COMMITTEE","name":"Technical Advisory Committee","purpose":"Psychometrics"}"""
                .formatted(id)));
        assertThat(created.path("type").asText()).isEqualTo("ADVISORY_COMMITTEE");

        JsonNode list = ok(api.get(COMMITTEES, TestTokens.delegate("B1")));

        assertThat(list.get(0).path("id").asText()).isEqualTo("GOVERNING_BOARD");
        assertThat(list.get(1).path("id").asText()).isEqualTo("EXECUTIVE_COMMITTEE");
        assertThat(list).extracting(c -> c.path("id").asText()).contains(id);
        assertProblem(api.post(COMMITTEES, secretary, "{\"id\":\"%s\",\"type\":\"ADVISORY_COMMITTEE\",\"name\":\"Again\"}"
                .formatted(id)), 409, "COMMITTEE_ALREADY_EXISTS", id);
        assertProblem(api.post(COMMITTEES, secretary, "{\"id\":\"SCORING\",\"type\":\"WORK_GROUP\"}"), 422,
                "UNKNOWN_WORK_GROUP", "id: a work group is one of");
        assertProblem(api.post(COMMITTEES, secretary, "{\"id\":\"GOVERNING_BOARD\",\"type\":\"ADVISORY_COMMITTEE\",\"name\":\"x\"}"),
                409, "COMMITTEE_ALREADY_EXISTS", "exists by the charter");
        assertProblem(api.get(COMMITTEES + "/NO_SUCH_BODY", secretary), 404, "COMMITTEE_NOT_FOUND", "NO_SUCH_BODY");

        CloudEvent established = COMMITTEE_EVENTS.await(ContextTopic.subject("committee:" + id), 1).get(0);
        EventSchemas.inRepository().validate(established);
    }

    @Test
    void a_work_group_takes_governing_and_affiliate_participants_and_refuses_a_licensee() {
        String affiliate = "AF" + suffix().toUpperCase();
        String licensee = "LI" + suffix().toUpperCase();
        try (MembershipFeed feed = new MembershipFeed(database)) {
            feed.affiliate(affiliate, Instant.now().minus(Duration.ofDays(10)), null);
            feed.applicant(licensee, "LICENSEE", Instant.now().minus(Duration.ofDays(10)));
            feed.awaitRoll(affiliate, licensee);
        }
        String group = COMMITTEES + "/ITEM_REVIEW";
        if (api.get(group, secretary).status() == 404) {
            created(api.post(COMMITTEES, secretary, "{\"id\":\"ITEM_REVIEW\",\"type\":\"WORK_GROUP\"}"));
        }
        String governing = "gov-" + suffix();
        String affiliated = "aff-" + suffix();
        created(api.post(group + "/members", secretary, "{\"person\":\"%s\",\"member\":\"B1\"}".formatted(governing)));
        JsonNode roster = created(api.post(group + "/members", secretary, """
                {"person":"%s","name":"Ada Affiliate","member":"%s"}""".formatted(affiliated, affiliate)));
        assertThat(roster.path("seats")).extracting(s -> s.path("attendee").asText()).contains(governing, affiliated);
        int recorded = history(group).size();

        assertProblem(api.post(group + "/members", secretary, "{\"person\":\"lee-%s\",\"member\":\"%s\"}".formatted(suffix(),
                licensee)), 403, "NOT_ELIGIBLE", "LICENSEE");
        assertProblem(api.post(group + "/members", secretary, "{\"person\":\"x-%s\"}".formatted(suffix())), 422, "MEMBER_REQUIRED",
                "member:");
        assertProblem(api.put(group + "/chair", secretary, "{\"person\":\"nobody\"}"), 422, "CHAIR_NOT_A_MEMBER", "person:");
        assertThat(history(group)).hasSize(recorded);

        JsonNode chaired = ok(api.put(group + "/chair", secretary, "{\"person\":\"%s\"}".formatted(affiliated)));
        assertThat(chaired.path("chair").path("personId").asText()).isEqualTo(affiliated);
        JsonNode left = ok(api.send("DELETE", group + "/members/" + governing, secretary, null));
        assertThat(left.path("seats")).extracting(s -> s.path("attendee").asText()).doesNotContain(governing);
        JsonNode earlier = ok(api.get(group + "?asOf=" + Instant.now().minusSeconds(3600), secretary));
        assertThat(earlier.path("seats")).extracting(s -> s.path("attendee").asText()).doesNotContain(governing, affiliated);

        List<CloudEvent> events = COMMITTEE_EVENTS.await(ContextTopic.subject("committee:ITEM_REVIEW"), history(group).size());
        events.forEach(EventSchemas.inRepository()::validate);
    }

    /**
     * The Executive Committee's whole life in one test, since its seats are one stream shared by
     * the JVM's tests: the initial roster, then the election's seating facts through the broker
     * (out of order, redelivered), then a budget review polled by the holders as of its opening.
     */
    @Test
    void the_executive_committee_roster_is_recorded_once_its_seats_follow_the_election_and_its_holders_vote_its_polls() {
        String roster = """
                {"seats":[{"position":"CHAIR","person":"b1-k12","name":"Bea One","member":"B1","termStart":"%s","termEnd":"%s"},
                          {"position":"CHAIR_ELECT","person":"b2-k12","member":"B2","termStart":"%s","termEnd":"%s"},
                          {"position":"PAST_CHAIR","person":"b3-k12","member":"B3","termStart":"%s","termEnd":"%s"}]}"""
                .formatted(daysAgo(20), daysAgo(-345), daysAgo(20), daysAgo(-345), daysAgo(20), daysAgo(-345));
        assertProblem(api.post(EC + "/roster", secretary, """
                {"seats":[{"position":"CHAIR","person":"p1","member":"B1","termStart":"%s","termEnd":"%s"},
                          {"position":"PAST_CHAIR","person":"p2","member":"B1","termStart":"%s","termEnd":"%s"}]}"""
                .formatted(daysAgo(20), daysAgo(-345), daysAgo(20), daysAgo(-345))), 422, "SEAT_LIMIT_EXCEEDED", "seats[1].member");
        assertProblem(api.post(COMMITTEES + "/GOVERNING_BOARD/roster", secretary, roster), 422, "NOT_EXECUTIVE_COMMITTEE", "");

        JsonNode ec = created(api.post(EC + "/roster", secretary, roster));

        assertThat(ec.path("seats")).hasSize(3);
        assertThat(ec.path("vacancies")).hasSize(4);
        assertThat(ec.path("quorum").path("required").asInt()).isEqualTo(2);
        assertThat(ec.path("chair").path("personId").asText()).isEqualTo("b1-k12");
        assertThat(ec.path("seats").get(0).path("reason").asText()).isEqualTo("INITIAL_ROSTER");
        assertThat(ok(api.get(BOARD, secretary)).path("chair").path("personId").asText()).isEqualTo("b1-k12");
        assertProblem(api.post(EC + "/roster", secretary, roster), 409, "WRONG_STEP", "already");
        assertThat(COMMITTEE_EVENTS.await(ContextTopic.subject("committee:EXECUTIVE_COMMITTEE"), 2).subList(0, 2))
                .extracting(COMMITTEE_EVENTS::name).containsExactly("CommitteeEstablished", "ExecutiveRosterRecorded");

        // the election's facts: a resignation, then (sent later, effective earlier) an election, an interim holder
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (TopicFeed election = new TopicFeed("election", Actor.SYSTEM)) {
            election.send("SeatVacated", SEATS, vacated("CHAIR_ELECT", "b2-k12", "B2", now.minus(Duration.ofHours(1))));
            election.send("SeatTaken", SEATS, taken("AT_LARGE_K12", "b4-k12", "B4", now.minus(Duration.ofHours(2)), "ELECTED"));
            election.send("SeatTaken", SEATS, taken("CHAIR_ELECT", "b5-k12", "B5", now.minus(Duration.ofMinutes(30)), "INTERIM"));
            election.redeliverAll();
            // the same key, so the same partition: once this one is applied, the redeliveries before it were too
            election.send("SeatTaken", SEATS, taken("HIGHER_EDUCATION", "b6-k12", "B6", now.minus(Duration.ofMinutes(10)),
                    "ELECTED"));
            JsonNode followed = awaitEc(e -> holders(e).contains("HIGHER_EDUCATION:b6-k12"));
            assertThat(holders(followed)).containsExactly("CHAIR:b1-k12", "CHAIR_ELECT:b5-k12", "PAST_CHAIR:b3-k12",
                    "AT_LARGE_K12:b4-k12", "HIGHER_EDUCATION:b6-k12");
            assertThat(followed.path("quorum").path("required").asInt()).as("a majority of the 5 filled seats").isEqualTo(3);
            assertThat(history(EC)).extracting(e -> e.path("type").asText().replace("charter.committee.", ""))
                    .containsExactly("CommitteeEstablished.v1", "ExecutiveRosterRecorded.v1", "ExecutiveSeatVacated.v1",
                            "ExecutiveSeatTaken.v1", "ExecutiveSeatTaken.v1", "ExecutiveSeatTaken.v1");
            JsonNode earlier = ok(api.get(EC + "?asOf=" + now.minus(Duration.ofMinutes(45)), secretary));
            assertThat(holders(earlier)).containsExactly("CHAIR:b1-k12", "PAST_CHAIR:b3-k12", "AT_LARGE_K12:b4-k12");

            // a budget review put to the EC: its poll is voted by the five holders, MAJORITY_CAST
            assertProblem(api.post("/api/v1/motions", secretary, """
                    {"title":"Policy","text":"1. A policy.","kind":"POLICY_ADOPTION","committee":"EXECUTIVE_COMMITTEE"}"""),
                    422, "NOT_DECIDED_BY_COMMITTEE", "GOVERNING_BOARD");
            String motion = created(api.post("/api/v1/motions", secretary, """
                    {"title":"FY2027 budget","text":"1. Refer the FY2027 budget to the Board.","kind":"BUDGET_ADOPTION",
                     "committee":"EXECUTIVE_COMMITTEE","subject":{"budget":"FY2027-B1","version":1}}""")).path("id").asText();
            Instant opens = Instant.now();
            JsonNode poll = created(api.post("/api/v1/polls", secretary, """
                    {"motion":"%s","type":"FORMAL_VOTE","opensAt":"%s","closesAt":"%s"}""".formatted(motion, opens,
                    opens.plus(Duration.ofDays(7)))));
            String votes = "/api/v1/polls/" + poll.path("id").asText() + "/votes";
            assertThat(poll.path("committee").asText()).isEqualTo("EXECUTIVE_COMMITTEE");
            assertThat(poll.path("electorate").asInt()).isEqualTo(5);
            assertThat(poll.path("threshold").asText()).isEqualTo("MAJORITY_CAST");

            created(api.post(votes, TestTokens.delegate("b1-k12", "B1"), "{\"choice\":\"YES\"}"));
            created(api.post(votes, TestTokens.delegate("b4-k12", "B4"), "{\"choice\":\"YES\"}"));
            created(api.post(votes, TestTokens.delegate("b5-k12", "B5"), "{\"choice\":\"NO\"}"));
            int recorded = history("/api/v1/motions/" + motion).size();
            assertProblem(api.post(votes, TestTokens.delegate("b2-k12", "B2"), "{\"choice\":\"YES\"}"), 403, "NOT_ELIGIBLE",
                    "b2-k12 holds no Executive Committee seat");
            assertProblem(api.post(votes, TestTokens.delegate("b7-del", "B7"), "{\"choice\":\"YES\"}"), 403, "NOT_ELIGIBLE",
                    "seat holders");
            assertProblem(api.post(votes, TestTokens.delegate("b1-k12", "B1"), "{\"choice\":\"NO\"}"), 409, "ALREADY_VOTED",
                    "B1");
            election.send("SeatVacated", SEATS, vacated("HIGHER_EDUCATION", "b6-k12", "B6", Instant.now()));
            awaitEc(e -> !holders(e).contains("HIGHER_EDUCATION:b6-k12"));
            assertProblem(api.post(votes, TestTokens.delegate("b6-k12", "B6"), "{\"choice\":\"YES\"}"), 403,
                    "MEMBER_NOT_IN_GOOD_STANDING", "seat stays in N");
            assertThat(history("/api/v1/motions/" + motion)).hasSize(recorded);

            JsonNode closed = ok(api.post("/api/v1/polls/" + poll.path("id").asText() + "/closure", secretary, null));
            assertThat(closed.path("result").path("outcome").asText()).isEqualTo("ADOPTED");
            assertThat(closed.path("result").path("counts").path("electorate").asInt()).isEqualTo(5);
            assertThat(closed.path("result").path("counts").path("quorum").asInt()).isEqualTo(3);
            List<CloudEvent> events = COMMITTEE_EVENTS.await(ContextTopic.subject("motion:" + motion), 6);
            assertThat(events).extracting(COMMITTEE_EVENTS::name).containsExactly("MotionProposed", "PollScheduled", "PollOpened",
                    "PollClosed", "FormalVoteCounted", "MotionAdopted");
            events.forEach(EventSchemas.inRepository()::validate);
            COMMITTEE_EVENTS.await(ContextTopic.subject("committee:EXECUTIVE_COMMITTEE"), 7)
                    .forEach(EventSchemas.inRepository()::validate);
        }
    }

    @Test
    void board_seats_follow_membership_events_as_of_any_instant() {
        String member = "SX" + suffix().toUpperCase();
        Instant admitted = Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        Instant suspended = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        try (MembershipFeed feed = new MembershipFeed(database)) {
            feed.governing(member, admitted, member.toLowerCase() + "-del").suspend(member, suspended);
            feed.awaitRoll(member);
        }

        JsonNode then = ok(api.get(BOARD + "?asOf=" + suspended.minus(Duration.ofDays(5)), secretary));
        JsonNode now = ok(api.get(BOARD, secretary));

        JsonNode seat = seatOf(then, member);
        assertThat(seat.path("person").asText()).isEqualTo(member.toLowerCase() + "-del");
        assertThat(seat.path("since").asText()).isEqualTo(admitted.toString());
        assertThat(seatOf(now, member)).isNull();
        assertThat(then.path("quorum").path("seats").asInt()).isEqualTo(now.path("quorum").path("seats").asInt() + 1);
        assertProblem(api.post(BOARD + "/members", secretary, "{\"person\":\"x\",\"member\":\"" + member + "\"}"), 422,
                "SEATS_FOLLOW_MEMBERSHIP", "membership");
    }

    @Test
    void a_command_retried_with_the_same_idempotency_key_is_answered_again_and_recorded_once() {
        String id = "RETRY_" + suffix().toUpperCase();
        String body = "{\"id\":\"%s\",\"type\":\"ADVISORY_COMMITTEE\",\"name\":\"Retry\"}".formatted(id);
        String key = UUID.randomUUID().toString();

        Api.Response first = api.send("POST", COMMITTEES, secretary, body, "Idempotency-Key", key);
        Api.Response again = api.send("POST", COMMITTEES, secretary, body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(history(COMMITTEES + "/" + id)).hasSize(1);
        long commits = database.getCollection("events").countDocuments(new Document("streamId", "committee:" + id));
        assertThat(commits).isEqualTo(1);
    }

    // ---------------------------------------------------------------- helpers

    private static String hybrid(String title, Instant start) {
        return """
                {%s"format":"HYBRID","startsAt":"%s","endsAt":"%s","place":"Sacramento, Room 4B",
                 "link":"https://meet.example.org/gb","noticeGivenAt":"%s"}""".formatted(
                title == null ? "" : "\"title\":\"" + title + "\",", start, start.plus(Duration.ofHours(3)),
                min(start.minus(Duration.ofDays(14)), Instant.now().minusSeconds(1)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String attendance(int from, int to, String presence) {
        List<String> entries = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            entries.add("{\"attendee\":\"B" + i + "\",\"presence\":\"" + presence + "\"}");
        }
        return "{\"attendance\":[" + String.join(",", entries) + "]}";
    }

    private static String taken(String position, String person, String member, Instant at, String reason) {
        return """
                {"position":"%s","seat":1,"personId":"%s","name":"Lead of %s","memberId":"%s","termStart":"2026-07-01",
                 "termEnd":"2027-06-30","takenAt":"%s","reason":"%s"}""".formatted(position, person, member, member, at, reason);
    }

    private static String vacated(String position, String person, String member, Instant at) {
        return """
                {"position":"%s","seat":1,"personId":"%s","memberId":"%s","vacatedAt":"%s","reason":"RESIGNED"}"""
                .formatted(position, person, member, at);
    }

    /** Each filled seat as position:person, in the roster's order. */
    private static List<String> holders(JsonNode roster) {
        List<String> held = new ArrayList<>();
        roster.path("seats").forEach(seat -> held.add(seat.path("position").asText() + ":" + seat.path("person").asText()));
        return held;
    }

    private JsonNode awaitEc(java.util.function.Predicate<JsonNode> condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode ec = ok(api.get(EC, secretary));
            if (condition.test(ec)) {
                return ec;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Executive Committee's seats did not follow the election's facts: " + ec);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static JsonNode seatOf(JsonNode roster, String member) {
        for (JsonNode seat : roster.path("seats")) {
            if (seat.path("attendee").asText().equals(member)) {
                return seat;
            }
        }
        return null;
    }

    private List<JsonNode> history(String path) {
        List<JsonNode> entries = new ArrayList<>();
        ok(api.get(path + "/history", TestTokens.auditor())).forEach(entries::add);
        return entries;
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static void assertProblem(Api.Response response, int status, String code, String detailMentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.code()).as(response.toString()).isEqualTo(code);
        assertThat(response.json().toString()).as(response.toString()).contains(detailMentions);
    }
}
