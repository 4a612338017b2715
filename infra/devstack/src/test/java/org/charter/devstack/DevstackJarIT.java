package org.charter.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.charter.embedded.kafka.InProcessKafkaBroker;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the built jar as a developer would (on free ports and a fresh data directory, so it never
 * collides with a devstack someone runs) and checks that a kill -9 keeps what was acknowledged:
 * the restart that looks for it starts Kafka and MongoDB only ({@code CHARTER_SERVICES=none}, and no
 * class data archive recorded from so few classes), the services having shown they start in the
 * first run. First of the ITs, while no shared devstack runs beside it in this JVM.
 */
@Order(1)
class DevstackJarIT {

    private static final String TOPIC = "charter.membership.events";

    @Test
    void the_jar_starts_everything_and_a_kill_9_keeps_an_acknowledged_document_and_record() throws Exception {
        Path jar = Path.of(System.getProperty("charter.devstack.jar", "target/charter-devstack.jar"));
        assertThat(jar).exists();
        Path dataDir = Files.createTempDirectory(Path.of("target"), "devstack-it-");
        Map<String, String> env = environment(dataDir);
        String kafka = "127.0.0.1:" + env.get(DevstackSettings.KAFKA_PORT);
        String mongo = "mongodb://127.0.0.1:" + env.get(DevstackSettings.MONGO_PORT);
        String key = "it-" + UUID.randomUUID();

        try (DevstackProcess devstack = DevstackProcess.start(jar, env, dataDir.resolve("first-run.log"))) {
            assertThat(devstack.awaitOutput("mongodb      " + mongo)).contains("kafka        " + kafka).contains("mongodb      " + mongo);
            assertServicesHealthy(env);

            try (MongoClient client = MongoClients.create(mongo)) {
                client.getDatabase("membership").getCollection("members")
                        .insertOne(new Document("_id", key).append("name", "Western Australia"));
            }
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>(TOPIC, key, "{\"admitted\":true}")).get();
            }
            devstack.kill();
        }

        Map<String, String> infrastructureOnly = new LinkedHashMap<>(env);
        infrastructureOnly.put(DevstackSettings.SERVICES, "none");
        infrastructureOnly.put(ClassDataSharingLauncher.SWITCH, "false");
        try (DevstackProcess restarted = DevstackProcess.start(jar, infrastructureOnly, dataDir.resolve("second-run.log"))) {
            assertThat(restarted.awaitOutput("mongodb      " + mongo)).contains("kafka        " + kafka).doesNotContain("  gateway      http");
            try (MongoClient client = MongoClients.create(mongo)) {
                Document found = client.getDatabase("membership").getCollection("members").find(eq("_id", key)).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("name")).isEqualTo("Western Australia");
            }
            assertThat(findRecord(kafka, key)).contains("{\"admitted\":true}");

            long stopBegin = System.nanoTime();
            restarted.close();
            int exit = restarted.exitValue();
            String output = restarted.awaitOutput("Charter devstack stopped");
            assertThat(output).as("output after SIGTERM (exit %d after %d ms)", exit, (System.nanoTime() - stopBegin) / 1_000_000)
                    .contains("Charter devstack stopped");
            assertThat(exit).as("exit status after SIGTERM").isIn(0, 143);
        }
    }

    private static Map<String, String> environment(Path dataDir) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(DevstackSettings.DATA_DIR, dataDir.toAbsolutePath().toString());
        env.put(DevstackSettings.KAFKA_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.KAFKA_CONTROLLER_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.MONGO_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.MAIL_SMTP_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        env.put(DevstackSettings.MAIL_IMAP_PORT, String.valueOf(InProcessKafkaBroker.freePort()));
        for (DevstackService service : DevstackServices.ALL) {
            env.put(service.portVariable(), String.valueOf(InProcessKafkaBroker.freePort()));
        }
        return env;
    }

    private static void assertServicesHealthy(Map<String, String> env) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (DevstackService service : DevstackServices.ALL) {
            URI health = URI.create("http://127.0.0.1:" + env.get(service.portVariable()) + "/actuator/health");
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(service.name() + " health").isEqualTo(200);
            assertThat(response.body()).as(service.name() + " health").contains("UP");
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private static Optional<String> findRecord(String bootstrap, String key) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return Optional.of(record.value());
                    }
                }
            }
            return Optional.empty();
        }
    }
}
