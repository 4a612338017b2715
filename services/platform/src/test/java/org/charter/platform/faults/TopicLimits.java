package org.charter.platform.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/** Sets a topic's largest record, as a broker configured below what a service lets through would have it. */
public final class TopicLimits {

    /** The broker's default {@code message.max.bytes}. */
    public static final int KAFKA_DEFAULT = 1_048_588;

    private TopicLimits() {
    }

    /** Sets {@code max.message.bytes} of the topic and waits until the broker answers with it. */
    public static void limitRecords(String bootstrap, String topic, int bytes) throws Exception {
        var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(bytes)),
                    AlterConfigOp.OpType.SET)))).all().get();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!String.valueOf(bytes).equals(admin.describeConfigs(List.of(resource)).all().get()
                    .get(resource).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the broker did not take max.message.bytes=" + bytes + " for " + topic);
                }
                Thread.sleep(20);
            }
        }
    }
}
