package org.charter.audit.ledger.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.BsonBinaryReader;
import org.bson.BsonBinaryWriter;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonType;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BasicOutputBuffer;
import org.charter.audit.ledger.IncomingEvent;
import org.charter.audit.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

/**
 * Entries read from a reply's bytes (as the driver hands a batch: documents in an array) are the
 * entries written, and any other document reads as the reader reads it, the next one unaffected.
 */
class LedgerEntryCodecTest {

    private static final LedgerEntry FIRST = LedgerEntry.chain(1, new IncomingEvent(UUID.randomUUID(), "charter.committee.events",
            3, 41, "charter.committee.VoteCast.v1", "vote:m-1-1:M1", Instant.parse("2026-01-01T10:00:00.123Z"),
            "{\"data\":{\"note\":\"é ☃\"},\"id\":\"1\"}"), LedgerEntry.GENESIS);
    private static final LedgerEntry SECOND = LedgerEntry.chain(2, new IncomingEvent(UUID.randomUUID(), "charter.membership.events",
            0, 7, "charter.membership.MemberAdmitted.v1", null, null, "{}"), FIRST.hash());

    @Test
    void entries_as_the_store_writes_them_read_back_equal_one_after_another() {
        assertThat(readBatch(List.of(MongoLedgerStore.document(FIRST), MongoLedgerStore.document(SECOND))))
                .containsExactly(FIRST, SECOND);
    }

    @Test
    void the_bytes_of_a_stored_entry_are_read_straight_and_another_document_is_left_to_the_reader() {
        assertThat(StoredEntryBytes.read(input(MongoLedgerStore.document(FIRST)))).isEqualTo(FIRST);
        assertThat(StoredEntryBytes.read(input(MongoLedgerStore.document(SECOND).append("_id", 2)))).isEqualTo(SECOND);
        assertThat(StoredEntryBytes.read(input(MongoLedgerStore.document(FIRST).append("extra", 1)))).isNull();
        assertThat(StoredEntryBytes.read(input(MongoLedgerStore.document(FIRST).append("time", "yesterday")))).isNull();
    }

    private static org.bson.io.BsonInput input(Document document) {
        BasicOutputBuffer out = new BasicOutputBuffer();
        new DocumentCodec().encode(new BsonBinaryWriter(out), document, EncoderContext.builder().build());
        return new org.bson.io.ByteBufferBsonInput(new org.bson.ByteBufNIO(ByteBuffer.wrap(out.toByteArray())));
    }

    @Test
    void other_shapes_read_as_the_reader_reads_them_and_the_next_entry_still_reads() {
        Document intNumbers = MongoLedgerStore.document(FIRST).append("_id", 1).append("partition", 3).append("offset", 41.0);
        Document extraField = MongoLedgerStore.document(FIRST).append("note", new Document("nested", List.of(1, 2)));
        Document nulls = MongoLedgerStore.document(FIRST).append("topic", null).append("time", null);

        List<LedgerEntry> read = readBatch(List.of(intNumbers, extraField, nulls, MongoLedgerStore.document(SECOND)));

        assertThat(read.get(0)).isEqualTo(FIRST);
        assertThat(read.get(1)).isEqualTo(FIRST);
        assertThat(read.get(2).topic()).isNull();
        assertThat(read.get(2).time()).isNull();
        assertThat(read.get(2).hash()).isEqualTo(FIRST.hash());
        assertThat(read.get(3)).isEqualTo(SECOND);
    }

    @Test
    void a_field_of_another_type_fails_the_read_as_before() {
        Document textPartition = MongoLedgerStore.document(FIRST).append("partition", "3");
        Document numberHash = MongoLedgerStore.document(FIRST).append("hash", 42);

        assertThatThrownBy(() -> readBatch(List.of(textPartition))).isInstanceOf(BsonInvalidOperationException.class);
        assertThatThrownBy(() -> readBatch(List.of(numberHash))).isInstanceOf(BsonInvalidOperationException.class);
    }

    /** The documents written as a reply's batch ({@code {"batch": [...], "after": 1}}) and read back with the codec. */
    private static List<LedgerEntry> readBatch(List<Document> documents) {
        BasicOutputBuffer out = new BasicOutputBuffer();
        new DocumentCodec().encode(new BsonBinaryWriter(out), new Document("batch", documents).append("after", 1),
                EncoderContext.builder().build());
        LedgerEntryCodec codec = new LedgerEntryCodec();
        List<LedgerEntry> read = new ArrayList<>();
        try (BsonBinaryReader reader = new BsonBinaryReader(ByteBuffer.wrap(out.toByteArray()))) {
            reader.readStartDocument();
            reader.readName("batch");
            reader.readStartArray();
            while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
                read.add(codec.decode(reader, DecoderContext.builder().build()));
            }
            reader.readEndArray();
            assertThat(reader.readInt32("after")).isEqualTo(1);
            reader.readEndDocument();
        }
        return read;
    }
}
