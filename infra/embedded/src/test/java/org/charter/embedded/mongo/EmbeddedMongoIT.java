package org.charter.embedded.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.charter.embedded.junit.CharterInfrastructureExtension;
import org.charter.embedded.junit.WithCharterInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

@WithCharterInfrastructure
class EmbeddedMongoIT {

    @Test
    void a_document_inserted_through_the_official_driver_is_read_back() {
        String uri = CharterInfrastructureExtension.endpoints().mongoUri();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> members = client.getDatabase("it_" + UUID.randomUUID().toString().replace("-", ""))
                    .getCollection("members");

            members.insertOne(new Document("_id", "CA").append("name", "California").append("kind", "GOVERNING"));

            Document read = members.find(eq("_id", "CA")).first();
            assertThat(read).isNotNull();
            assertThat(read.getString("name")).isEqualTo("California");
            assertThat(read.getString("kind")).isEqualTo("GOVERNING");
        }
    }
}
