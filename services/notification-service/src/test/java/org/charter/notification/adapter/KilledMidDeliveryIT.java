package org.charter.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.charter.notification.NotificationServiceTest;
import org.charter.notification.webhook.WebhookSignature;
import org.charter.platform.consumer.ProcessedEvents;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.event.Actor;
import org.charter.platform.event.EventJson;
import org.charter.platform.event.EventTypes;
import org.charter.platform.event.RecordedEvent;
import org.charter.platform.test.EventSchemas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's JVM killed (SIGKILL, no shutdown) in the middle of a poll's notices and started
 * again on the same database, then every event sent once more: each recipient ends with one
 * message (over IMAP), beyond at most the one repeat ADR 0018 allows, which the delivery log then
 * says; each webhook receiver gets the event id once. The service runs as its executable jar in
 * a process of its own, on a broker of its own (so its consumer groups share nothing with the
 * other ITs' Spring context), the JVM's MongoDB-protocol server, and a mail server of the test.
 */
@WithCharterInfrastructure
class KilledMidDeliveryIT {

    private static final int MEMBERS = 40;
    private static final Instant SINCE = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
    private final String database = "notification-restart-" + suffix;
    private final List<ProducerRecord<String, byte[]>> sent = new ArrayList<>();
    private final Map<String, Integer> webhookIds = new ConcurrentHashMap<>();
    private final CloudEventEnvelope envelope = new CloudEventEnvelope(new EventJson(EventTypes.of()));
    private final EventSchemas schemas = EventSchemas.inRepository();

    private InProcessKafkaBroker broker;
    private KafkaProducer<String, byte[]> producer;
    private GreenMail mail;
    private HttpServer receiver;
    private MongoClient mongo;
    private Process service;
    private int httpPort;

    @BeforeEach
    void start() throws IOException {
        broker = InProcessKafkaBroker.startForTests();
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(config);
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(InProcessKafkaBroker.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(InProcessKafkaBroker.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            webhookIds.merge(exchange.getRequestURI().getQuery() + "|" + exchange.getRequestHeaders().getFirst("webhook-id"),
                    1, Integer::sum);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        mongo = MongoClients.create(CharterInfrastructureExtension.endpoints().mongoUri());
        httpPort = InProcessKafkaBroker.freePort();
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.destroyForcibly().waitFor();
        }
        producer.close();
        broker.close();
        mail.stop();
        receiver.stop(0);
        mongo.getDatabase(database).drop();
        mongo.close();
    }

    @Test
    void killed_mid_batch_and_restarted_every_recipient_gets_the_notice_once() throws Exception {
        List<String> members = IntStream.range(0, MEMBERS).mapToObj(i -> "K" + i + suffix.toUpperCase()).toList();
        List<String> people = new ArrayList<>();
        for (String member : members) {
            List<String> persons = List.of(member.toLowerCase() + "-del", member.toLowerCase() + "-alt1",
                    member.toLowerCase() + "-alt2");
            ContactsServer.get().member(member, persons);
            people.addAll(persons);
        }
        MongoDatabase db = mongo.getDatabase(database);
        for (int i = 1; i <= 3; i++) {
            db.getCollection("webhook_subscriptions").insertOne(new Document("_id", "wh-" + i).append("owner", "k-owner")
                    .append("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook?wh-" + i)
                    .append("eventTypes", List.of("charter.committee.PollOpened.v1"))
                    .append("secret", WebhookSignature.newSecret())
                    .append("createdAt", SINCE.toString()));
        }

        service = launch("first");
        for (String member : members) {
            send("membership", "DelegateAppointed", member, SINCE, """
                    {"memberId":"%s","delegate":%s,"replacedPersonId":null,"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                    .formatted(member, person(member.toLowerCase() + "-del"), SINCE, SINCE, DECISION));
            send("membership", "AlternatesAppointed", member, SINCE, """
                    {"memberId":"%s","alternates":[%s,%s],"decidedAt":"%s","effectiveAt":"%s","decision":%s}"""
                    .formatted(member, person(member.toLowerCase() + "-alt1"), person(member.toLowerCase() + "-alt2"), SINCE,
                            SINCE, DECISION));
        }
        await("the roll holds every member", Duration.ofSeconds(300),
                () -> db.getCollection("appointment_roll").countDocuments(Filters.gte("version", 2)) == MEMBERS);

        String motion = "m-" + ("kill" + suffix + "000000").substring(0, 10);
        Instant opens = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        send("committee", "PollScheduled", "motion:" + motion, opens, """
                {"motionId":"%s","pollId":"%s-1","type":"FORMAL_VOTE","round":1,"textVersion":1,"opensAt":"%s","closesAt":"%s"}"""
                .formatted(motion, motion, opens, opens.plus(Duration.ofDays(7))));
        send("committee", "PollOpened", "motion:" + motion, opens, """
                {"motionId":"%s","pollId":"%s-1","opensAt":"%s","electorate":[%s],"excluded":null,
                 "threshold":"MAJORITY_CAST","openedAt":"%s"}""".formatted(motion, motion, opens,
                members.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")), opens));

        // kill -9 once some of the poll's messages went and before all did
        await("the first messages reach the mail server", Duration.ofSeconds(300), () -> mail.getReceivedMessages().length >= 5);
        service.destroyForcibly().waitFor();
        int atKill = mail.getReceivedMessages().length;
        assertThat(atKill).as("killed mid-batch").isLessThan(people.size());

        service = launch("restarted");
        await("every recipient's notice reaches the mail server", Duration.ofSeconds(300),
                () -> mail.getReceivedMessages().length >= people.size());
        await("every webhook has the event", Duration.ofSeconds(120), () -> distinctWebhookDeliveries() == 3);

        // Kafka redelivers everything once more: nothing more is sent
        for (ProducerRecord<String, byte[]> record : List.copyOf(sent)) {
            producer.send(new ProducerRecord<>(record.topic(), null, record.key(), record.value(), record.headers())).get();
        }
        // applied: each group committed the end of every partition it reads (the service commits after applying), and
        // nothing is left in the webhook queue that a redelivery might have added
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            await("the redelivered events are applied", Duration.ofSeconds(120), () -> db.getCollection(ProcessedEvents.COLLECTION)
                    .countDocuments(Filters.regex("_id", "^notification\\.notices/")) >= 2
                    && consumedToTheEnd(admin, "notification.notices", "charter.committee.events")
                    && consumedToTheEnd(admin, "notification.membership-roll", "charter.membership.events")
                    && db.getCollection("webhook_deliveries").countDocuments(Filters.eq("status", "PENDING")) == 0);
        }

        Map<String, Integer> perMailbox = people.stream().collect(Collectors.toMap(p -> p, p -> imapCount(ContactsServer.address(p))));
        List<String> twice = perMailbox.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        long repeatedInLog = db.getCollection("deliveries").countDocuments(Filters.eq("repeated", true));
        assertThat(perMailbox.values()).allMatch(n -> n >= 1 && n <= 2);
        assertThat(twice).as("beyond ADR 0018's one message in flight at the kill").hasSizeLessThanOrEqualTo(1);
        // the log flags a message sent again after an attempt the kill interrupted: a repeat if the
        // mail server had taken the first, none if the kill came before it did
        assertThat(repeatedInLog).as("every repeat is in the delivery log, and only the attempt in flight at the kill")
                .isBetween((long) twice.size(), 1L);
        assertThat(db.getCollection("deliveries").countDocuments(Filters.eq("status", "SENT"))).isEqualTo(people.size());
        assertThat(webhookIds.values()).as("each receiver got the event id once").allMatch(n -> n == 1);
        System.out.printf("KilledMidDeliveryIT: %d recipients, %d messages at the kill, %d in all, %d repeated%n",
                people.size(), atKill, mail.getReceivedMessages().length, twice.size());
    }

    private long distinctWebhookDeliveries() {
        return webhookIds.size();
    }

    /** Whether {@code group} committed, on every partition of {@code topic}, the offset after its last record. */
    private static boolean consumedToTheEnd(Admin admin, String group, String topic) {
        try {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            return partitions.stream().allMatch(p -> (committed.get(p) == null ? 0 : committed.get(p).offset())
                    >= ends.get(p).offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError("cannot read the offsets of " + group + " on " + topic, e);
        }
    }

    private Process launch(String name) throws IOException {
        Path jar = Files.list(Path.of("target")).filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                .orElseThrow(() -> new AssertionError("no executable jar in target/: package the module first"));
        String mongoUri = CharterInfrastructureExtension.endpoints().mongoUri();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
                "--server.port=" + httpPort, "--server.address=127.0.0.1",
                "--" + CharterInfrastructureExtension.SPRING_KAFKA_BOOTSTRAP_SERVERS + "=" + broker.bootstrapServers(),
                "--" + CharterInfrastructureExtension.CHARTER_KAFKA_BOOTSTRAP_SERVERS + "=" + broker.bootstrapServers(),
                "--" + CharterInfrastructureExtension.SPRING_DATA_MONGODB_URI + "=" + mongoUri,
                "--" + CharterInfrastructureExtension.CHARTER_MONGODB_URI + "=" + mongoUri,
                "--spring.data.mongodb.database=" + database,
                "--charter.notification.embedded-mail.enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--charter.notification.membership.url=http://127.0.0.1:" + NotificationServiceTest.CONTACTS,
                "--charter.notification.membership.token=" + NotificationServiceTest.SERVICE_TOKEN,
                "--charter.notification.webhooks.tick=200ms",
                // the killed JVM's consumers stay in their groups until their session times out, and
                // the restarted ones get no partition before: the broker's shortest session, not 45 s
                "--spring.kafka.consumer.properties.session.timeout.ms=6000",
                "--spring.kafka.consumer.properties.heartbeat.interval.ms=1000",
                // it serves no request here, but starts only with some token issuer: the development keys
                "--charter.security.trust-development-keys=true");
        Path log = Path.of("target", "killed-mid-delivery-" + name + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private int imapCount(String address) {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = inbox.getMessageCount();
            inbox.close(false);
            return count;
        } catch (jakarta.mail.AuthenticationFailedException noMailboxYet) {
            return 0;
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError("cannot read " + address + " over IMAP: " + e.getMessage(), e);
        }
    }

    private static final String DECISION = "{\"kind\":\"MINUTES\",\"reference\":\"GB minutes\"}";
    private final Map<String, Long> sequences = new ConcurrentHashMap<>();

    private static String person(String personId) {
        return "{\"personId\":\"" + personId + "\",\"name\":\"Person " + personId + "\"}";
    }

    private void send(String context, String name, String stream, Instant time, String json) {
        String type = "charter." + context + "." + name + ".v1";
        schemas.validate(type, json);
        RecordedEvent event = new RecordedEvent(UUID.randomUUID(), type, stream, sequences.merge(stream, 1L, Long::sum), time,
                UUID.randomUUID().toString(), null, Actor.SYSTEM, null);
        ProducerRecord<String, byte[]> record = CloudEventEnvelope.toProducerRecord("charter." + context + ".events",
                envelope.toCloudEvent(event, CloudEventEnvelope.sourceOf(context), json.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not send " + type, e);
        }
        sent.add(record);
    }

    private void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(service.isAlive()).as("the service runs (see target/killed-mid-delivery-*.log) while waiting: " + what)
                    .isTrue();
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
