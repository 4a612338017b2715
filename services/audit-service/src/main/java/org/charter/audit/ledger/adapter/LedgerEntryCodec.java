package org.charter.audit.ledger.adapter;

import java.time.Instant;
import java.util.UUID;
import org.bson.BsonBinaryReader;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.Document;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.codecs.EncoderContext;
import org.bson.io.BsonInput;
import org.bson.io.BsonInputMark;
import org.charter.audit.ledger.LedgerEntry;

/**
 * Reads a stored entry straight from the wire's BSON into a {@link LedgerEntry}, field by field,
 * instead of through a {@link Document} (a map of twelve boxed values per entry, then copied):
 * verify and replay stream every entry, and that map was most of their allocation. Writes the
 * document {@link MongoLedgerStore#document} builds, so the stored form is the same either way.
 * A field missing or stored with another type reads as it did through a {@code Document}: a
 * missing string is null, a wrong type fails the read. An entry as the store writes it is read
 * straight from the reply's bytes ({@link StoredEntryBytes}: its field names are matched as bytes,
 * not made into strings first, which was a third of the reading thread's time); any other document
 * is read through the reader.
 */
final class LedgerEntryCodec implements Codec<LedgerEntry> {

    private final DocumentCodec documents = new DocumentCodec();

    @Override
    public LedgerEntry decode(BsonReader reader, DecoderContext context) {
        if (reader instanceof BsonBinaryReader binary && reader.getCurrentBsonType() == BsonType.DOCUMENT) {
            BsonInput in = binary.getBsonInput();
            BsonInputMark start = in.getMark(Integer.MAX_VALUE);
            LedgerEntry read = StoredEntryBytes.read(in);
            start.reset();
            if (read != null) {
                reader.skipValue(); // the reader's own state moves past the document the bytes were read from
                return read;
            }
        }
        return decodeField(reader);
    }

    /** Field by field through the reader: any document, as the driver hands it. */
    private static LedgerEntry decodeField(BsonReader reader) {
        long position = 0;
        String eventId = null;
        String topic = null;
        int partition = 0;
        long offset = 0;
        String type = null;
        String subject = null;
        Instant time = null;
        String event = null;
        String eventHash = null;
        String previousHash = null;
        String hash = null;
        reader.readStartDocument();
        while (reader.readBsonType() != BsonType.END_OF_DOCUMENT) {
            String name = reader.readName();
            if (reader.getCurrentBsonType() == BsonType.NULL) {
                reader.readNull();
                continue;
            }
            switch (name) {
                case "_id" -> position = number(reader);
                case "eventId" -> eventId = reader.readString();
                case "topic" -> topic = reader.readString();
                case "partition" -> partition = (int) number(reader);
                case "offset" -> offset = number(reader);
                case "type" -> type = reader.readString();
                case "subject" -> subject = reader.readString();
                case "time" -> time = Instant.ofEpochMilli(reader.readDateTime());
                case "event" -> event = reader.readString();
                case "eventHash" -> eventHash = reader.readString();
                case "previousHash" -> previousHash = reader.readString();
                case "hash" -> hash = reader.readString();
                default -> reader.skipValue();
            }
        }
        reader.readEndDocument();
        return new LedgerEntry(position, UUID.fromString(eventId), topic, partition, offset,
                type, subject, time, event, eventHash, previousHash, hash);
    }

    private static long number(BsonReader reader) {
        return switch (reader.getCurrentBsonType()) {
            case INT32 -> reader.readInt32();
            case INT64 -> reader.readInt64();
            case DOUBLE -> (long) reader.readDouble();
            default -> throw new BsonInvalidOperationException("a ledger entry's number is stored as "
                    + reader.getCurrentBsonType() + "; expected an integer");
        };
    }

    @Override
    public void encode(BsonWriter writer, LedgerEntry entry, EncoderContext context) {
        documents.encode(writer, MongoLedgerStore.document(entry), context);
    }

    @Override
    public Class<LedgerEntry> getEncoderClass() {
        return LedgerEntry.class;
    }
}
