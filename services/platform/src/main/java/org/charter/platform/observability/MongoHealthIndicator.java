package org.charter.platform.observability;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/**
 * Health of the service's MongoDB by a {@code ping}: a service cannot serve commands without its
 * event store. (Spring Boot's own Mongo indicator needs Spring Data, which Charter does not use.)
 */
public class MongoHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient mongo;

    public MongoHealthIndicator(MongoClient mongo) {
        super("MongoDB health check failed");
        this.mongo = mongo;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = mongo.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up().withDetail("ping", answer.get("ok"));
    }
}
