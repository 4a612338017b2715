package org.charter.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.bson.Document;
import org.charter.notification.NotificationServiceTest;
import org.charter.notification.notice.WorkflowFact.BoardVoteOverdue;
import org.charter.notification.notice.WorkflowFact.BudgetApprovalEscalated;
import org.charter.notification.notice.WorkflowFact;
import org.charter.notification.notice.WorkflowFact.TaskAssigned;
import org.charter.platform.consumer.ProcessedEvents;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.Api;
import org.charter.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A process's task waiting, end to end: {@code TaskAssigned} on the workflow's topic of the real
 * embedded Kafka broker; the message goes over real SMTP to the embedded GreenMail and is read back
 * over IMAP; the delivery log in the MongoDB-protocol server. The demo secretary {@code sam} is the
 * embedded default's {@code charter.notification.people}.
 */
@NotificationServiceTest
class TaskNoticesIT {

    private static final String SAM = "sam@charter.localhost";
    private static final Instant SINCE = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    MongoDatabase database;

    @LocalServerPort
    int port;

    @Test
    void a_task_waiting_for_the_secretaries_mails_sam_once_and_a_redelivery_mails_nothing() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        String task = "t-" + suffix;
        String member = "CA" + suffix.toUpperCase();
        String delegate = "ca-del" + suffix;
        String nobody = "nobody" + suffix;
        ContactsServer.get().member(member, List.of(delegate));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        try (Feeds feeds = new Feeds(database)) {
            feeds.member(member, SINCE, delegate);
            feeds.awaitRoll(member);
            // waiting for the secretaries (nobody assigned); assigned to a member's delegate; assigned to a person known nowhere
            var forSecretaries = feeds.taskAssigned(new TaskAssigned(task, "Revise the motion", "reviseMotion", "policy-approval",
                    "pi-" + suffix, "m-" + suffix, null, List.of("secretary"), List.of(), now, now.plus(Duration.ofDays(3)),
                    "/processes?task=" + task));
            // (this one as the workflow service publishes it today: version 2, with the task's revision)
            feeds.taskAssigned(new WorkflowFact.TaskAssignedV2(task + "-d", "Answer the executive review", "answerReview",
                    "budget-approval", "pi-" + suffix + "-b", "FY2027", delegate, List.of("secretary"), List.of(), now, null,
                    "/processes?task=" + task + "-d", 2));
            feeds.taskAssigned(new TaskAssigned(task + "-n", "Decide the tie", "decideTie", "ec-contest", "pi-" + suffix + "-c",
                    null, nobody, List.of(), List.of(), now, null, "/processes?task=" + task + "-n"));

            List<Mailboxes.Mail> toSam = await(() -> about(SAM, task), 1);
            assertThat(toSam).hasSize(1);
            Mailboxes.Mail mail = toSam.get(0);
            assertThat(mail.subject()).isEqualTo("[Charter] A task waits for you: Revise the motion");
            assertThat(mail.text()).contains("Dear Sam Secretary,", "of the policy-approval process about m-" + suffix,
                    "It is due by ", "http://localhost:8080/processes?task=" + task);
            assertThat(mail.html()).contains("<a href=\"http://localhost:8080/processes?task=" + task + "\">");
            // the web app's sign-in name of the same secretary is listed too: one message to each
            assertThat(await(() -> about("sam.secretary@charter.localhost", task), 1)).hasSize(1);

            // the delegate's address is membership's; the secretaries are not told of a task assigned to someone
            assertThat(await(() -> about(ContactsServer.address(delegate), task + "-d"), 1)).singleElement()
                    .satisfies(m -> assertThat(m.subject()).isEqualTo("[Charter] A task waits for you: Answer the executive review"));
            Document noAddress = await(() -> delivery(nobody), 1);
            assertThat(noAddress.getString("status")).isEqualTo("NO_ADDRESS");
            assertThat(noAddress.getString("kind")).isEqualTo("TASK_ASSIGNED");
            assertThat(noAddress.getString("pollId")).isEqualTo(task + "-n");
            assertThat(noAddress.getString("detail")).isEqualTo(nobody + " represents no member known to the roll, so membership"
                    + " keeps no contacts for them, and charter.notification.people does not list them");
            awaitAllApplied(feeds);
            assertThat(about(SAM, task + "-d")).isEmpty();
            Document toSamLogged = database.getCollection("deliveries").find(Filters.and(Filters.eq("recipient", "sam"),
                    Filters.eq("eventId", forSecretaries.id().toString()))).first();
            assertThat(toSamLogged.getString("status")).isEqualTo("SENT");
            assertThat(toSamLogged.getString("role")).isEqualTo("CANDIDATE");

            // the same events delivered again, as after a stop before the consumer recorded them: nothing is sent twice
            database.getCollection(ProcessedEvents.COLLECTION).deleteMany(Filters.in("_id", processedIds(feeds)));
            feeds.redeliverAll();
            awaitAllApplied(feeds);
            assertThat(about(SAM, task)).hasSize(1);
            assertThat(about("sam.secretary@charter.localhost", task)).hasSize(1);
            assertThat(about(ContactsServer.address(delegate), task + "-d")).hasSize(1);
            assertThat(database.getCollection("deliveries").countDocuments(Filters.eq("eventId", forSecretaries.id().toString())))
                    .isEqualTo(2);
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_task_for_a_candidate_group_nobody_is_listed_in_or_naming_nobody_is_logged_no_recipient_for_secretaries_and_warned_once(
            CapturedOutput output) {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        String task = "t-" + suffix + "-g";
        String group = "treasurer" + suffix;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Api api = new Api(port);

        try (Feeds feeds = new Feeds(database)) {
            // one group nobody is listed in, one that is: sam still hears of it, and the gap is recorded beside
            RecordedEvent event = feeds.taskAssigned(new TaskAssigned(task, "Check the accounts", "checkAccounts", "budget-approval",
                    "pi-" + suffix + "-g", "FY2027", null, List.of(group, "secretary"), List.of(), now, null,
                    "/processes?task=" + task));
            // a task naming nobody at all (no assignee, candidate user or group), as version 1 and version 2 announce it
            RecordedEvent unnamed = feeds.taskAssigned(new TaskAssigned(task + "-0", "Sign the minutes", "signMinutes",
                    "policy-approval", "pi-" + suffix + "-0", "m-" + suffix, null, List.of(), List.of(), now, null,
                    "/processes?task=" + task + "-0"));
            RecordedEvent unnamedV2 = feeds.taskAssigned(new WorkflowFact.TaskAssignedV2(task + "-00", "Sign the minutes",
                    "signMinutes", "policy-approval", "pi-" + suffix + "-00", "m-" + suffix, null, List.of(), List.of(), now, null,
                    "/processes?task=" + task + "-00", 1));

            Document gap = await(() -> delivery("group:" + group), 1);
            assertThat(gap.getString("status")).isEqualTo("NO_RECIPIENT");
            assertThat(gap.getString("role")).isEqualTo("UNLISTED_GROUP");
            assertThat(gap.getString("pollId")).isEqualTo(task);
            assertThat(await(() -> about(SAM, task), 1)).hasSize(1);

            Api.Response listed = api.get("/api/v1/deliveries?status=NO_RECIPIENT&event=" + event.id(), TestTokens.secretary());
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            assertThat(listed.json().path("totalElements").asLong()).isEqualTo(1);
            var entry = listed.json().path("content").get(0);
            assertThat(entry.path("recipient").asText()).isEqualTo("group:" + group);
            assertThat(entry.path("kind").asText()).isEqualTo("TASK_ASSIGNED");
            assertThat(entry.path("detail").asText()).isEqualTo("nobody is listed in the task's candidate group " + group
                    + ": add its people to charter.notification.people (person-id, name, email, language, groups: [" + group
                    + "]) and restart the service, or assign the task");
            for (var unnamedTask : java.util.Map.of(task + "-0", unnamed, task + "-00", unnamedV2).entrySet()) {
                String id = unnamedTask.getKey();
                RecordedEvent e = unnamedTask.getValue();
                Document none = await(() -> delivery("nobody:" + id), 1);
                assertThat(none.getString("status")).isEqualTo("NO_RECIPIENT");
                assertThat(none.getString("role")).isEqualTo("NO_CANDIDATE");
                assertThat(none.getString("pollId")).isEqualTo(id);
                Api.Response nobodyTold = api.get("/api/v1/deliveries?status=NO_RECIPIENT&event=" + e.id(), TestTokens.secretary());
                assertThat(nobodyTold.status()).as(nobodyTold.toString()).isEqualTo(200);
                assertThat(nobodyTold.json().path("totalElements").asLong()).isEqualTo(1);
                var told = nobodyTold.json().path("content").get(0);
                assertThat(told.path("recipient").asText()).isEqualTo("nobody:" + id);
                assertThat(told.path("kind").asText()).isEqualTo("TASK_ASSIGNED");
                assertThat(told.path("detail").asText()).isEqualTo("the task " + id + " has no assignee, candidate user or"
                        + " candidate group, so nobody was told: assign it in the Tasklist, or give its process model's user task"
                        + " a candidate group");
            }
            Api.Response wrong = api.get("/api/v1/deliveries?status=UNDELIVERED", TestTokens.secretary());
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.contentType()).startsWith("application/problem+json");
            assertThat(wrong.code()).isEqualTo("INVALID_PARAMETER");

            // redelivered: the record stands, and the warning is not repeated
            database.getCollection(ProcessedEvents.COLLECTION).deleteMany(Filters.in("_id", processedIds(feeds)));
            feeds.redeliverAll();
            awaitAllApplied(feeds);
            assertThat(database.getCollection("deliveries").countDocuments(Filters.eq("eventId", event.id().toString())))
                    .isEqualTo(3);
            for (RecordedEvent e : List.of(unnamed, unnamedV2)) {
                assertThat(database.getCollection("deliveries").countDocuments(Filters.eq("eventId", e.id().toString())))
                        .isEqualTo(1);
            }
            String warning = "EMAIL notice of event " + event.id() + " to group:" + group + " not sent (NO_RECIPIENT): nobody is"
                    + " listed in the task's candidate group " + group;
            assertThat(output.getAll().split(java.util.regex.Pattern.quote(warning), -1)).hasSize(2);
        }
    }

    @Test
    void a_budget_escalation_mails_the_chair_once_in_their_language_and_with_no_chair_seated_is_logged_no_recipient() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
        String member = "CA" + suffix.toUpperCase();
        String chair = "chair" + suffix;
        String budget = "FY2091-B" + suffix;
        // far from every other test's seats: the chair is whoever holds the seat then, and nobody did in 2000
        Instant passed = Instant.parse("2090-03-01T00:00:00Z");
        Instant vacant = Instant.parse("2000-03-01T00:00:00Z");
        ContactsServer.get().member(member, List.of(chair));
        database.getCollection("preferences").insertOne(new Document("_id", chair).append("language", "ES")
                .append("emailOff", List.of("BUDGET_ESCALATED")));

        try (Feeds feeds = new Feeds(database)) {
            feeds.seatTaken("CHAIR", chair, "Cam Chair", member, passed.minus(Duration.ofDays(1)));
            await(() -> (int) database.getCollection("committee_seats").countDocuments(Filters.eq("terms.personId", chair)), 1);
            RecordedEvent escalated = feeds.budgetEscalated(new BudgetApprovalEscalated("pi-" + suffix, budget, 2, "FY2091",
                    "EXECUTIVE_REVIEW_OVERDUE", passed, "CHAIR", passed));
            RecordedEvent overdue = feeds.boardVoteOverdue(new BoardVoteOverdue("pi-" + suffix + "-v2", budget + "-v2", 1, "P30D",
                    "CHAIR", passed));
            RecordedEvent unseated = feeds.budgetEscalated(new BudgetApprovalEscalated("pi-" + suffix + "-x", budget + "-x", 1,
                    "FY2000", "BOARD_DECISION_OVERDUE", vacant, "CHAIR", vacant));

            String address = ContactsServer.address(chair);
            List<Mailboxes.Mail> toChair = await(() -> Mailboxes.about(address, budget), 2);
            assertThat(toChair).hasSize(2);
            Mailboxes.Mail v3 = toChair.stream().filter(m -> m.subject().contains(budget + ":")).findFirst().orElseThrow();
            assertThat(v3.subject()).isEqualTo("[Charter] Presupuesto " + budget + ": la presidencia debe actuar"
                    + " (EXECUTIVE_REVIEW_OVERDUE)");
            assertThat(v3.contentLanguage()).isEqualTo("es");
            assertThat(v3.text()).contains("Estimado/a Cam Chair:", "(versión 2, año fiscal FY2091)",
                    "El Comité Ejecutivo no ha remitido", "Fecha: 2090-03-01 00:00 UTC",
                    "http://localhost:8080/fiscal-years/FY2091/budget");
            assertThat(v3.html()).contains("<a href=\"http://localhost:8080/fiscal-years/FY2091/budget\">");
            // the chair must act: no unsubscribe is offered, and switching the kind off did not stop it
            assertThat(v3.listUnsubscribe()).isNull();
            Mailboxes.Mail v2 = toChair.stream().filter(m -> m.subject().contains(budget + "-v2")).findFirst().orElseThrow();
            assertThat(v2.text()).contains("No se abrió ninguna votación de la Junta", "http://localhost:8080/processes").doesNotContain("fiscal-years");

            Document gap = await(() -> database.getCollection("deliveries").find(Filters.and(
                    Filters.eq("eventId", unseated.id().toString()), Filters.ne("status", "ATTEMPTING"))).first(), 1);
            assertThat(gap.getString("status")).isEqualTo("NO_RECIPIENT");
            assertThat(gap.getString("recipient")).isEqualTo("vacant:EXECUTIVE_COMMITTEE/CHAIR");
            assertThat(gap.getString("role")).isEqualTo("VACANT_SEAT");
            assertThat(gap.getString("kind")).isEqualTo("BUDGET_ESCALATED");
            assertThat(gap.getString("detail")).startsWith("nobody holds the Executive Committee's CHAIR seat");

            // redelivered: nothing is sent or recorded twice
            awaitAllApplied(feeds);
            database.getCollection(ProcessedEvents.COLLECTION).deleteMany(Filters.in("_id", processedIds(feeds)));
            feeds.redeliverAll();
            awaitAllApplied(feeds);
            assertThat(Mailboxes.about(address, budget)).hasSize(2);
            for (RecordedEvent e : List.of(escalated, overdue, unseated)) {
                assertThat(database.getCollection("deliveries").countDocuments(Filters.eq("eventId", e.id().toString())))
                        .isEqualTo(1);
            }
        }
    }

    /** The messages of the mailbox about the task: its link names it. */
    private static List<Mailboxes.Mail> about(String address, String task) {
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("\\?task=" + java.util.regex.Pattern.quote(task) + "\\s");
        return Mailboxes.read(address).stream().filter(m -> m.text() != null && link.matcher(m.text()).find()).toList();
    }

    private Document delivery(String recipient) {
        Document d = database.getCollection("deliveries").find(Filters.eq("recipient", recipient)).first();
        return d != null && !"ATTEMPTING".equals(d.getString("status")) ? d : null;
    }

    private static List<String> processedIds(Feeds feeds) {
        return feeds.sent().stream().filter(r -> r.topic().equals("charter.workflow.events"))
                .map(r -> "notification.notices/" + new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
                .toList();
    }

    /** Waits until the notices' consumer applied (again) every workflow event sent. */
    private void awaitAllApplied(Feeds feeds) {
        List<String> ids = processedIds(feeds);
        assertThat(await(() -> (int) database.getCollection(ProcessedEvents.COLLECTION).countDocuments(Filters.in("_id", ids)),
                ids.size())).isEqualTo(ids.size());
    }

    /** Polls until the value reaches {@code atLeast} (a list's size, a number, a document found) or 30 s pass; answers the last. */
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
        return value instanceof List<?> list ? list.size() : value instanceof Integer i ? i : value == null ? 0 : 1;
    }
}
