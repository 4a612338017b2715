package org.charter.audit.ledger.adapter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.bson.io.BsonInput;
import org.charter.audit.ledger.LedgerEntry;

/**
 * Reads a stored entry from the BSON bytes of its document, as {@link LedgerEntryCodec} reads it
 * through the driver's reader, without making each field's name into a string to look it up (the
 * reader decodes every name, twelve per entry, and the lookup hashes each). Only the document the
 * store writes is read here: the twelve fields with their own types (a number as int32, int64 or
 * double, as the codec accepts it) or null; a field of another name or type gives null, and the
 * caller reads that document through the reader instead, which reads or refuses it as it always did.
 */
final class StoredEntryBytes {

    private static final byte DOUBLE = 0x01;
    private static final byte STRING = 0x02;
    private static final byte DATE_TIME = 0x09;
    private static final byte NULL = 0x0A;
    private static final byte INT32 = 0x10;
    private static final byte INT64 = 0x12;

    private static final int ID = 0;
    private static final int EVENT_ID = 1;
    private static final int TOPIC = 2;
    private static final int PARTITION = 3;
    private static final int OFFSET = 4;
    private static final int TYPE = 5;
    private static final int SUBJECT = 6;
    private static final int TIME = 7;
    private static final int EVENT = 8;
    private static final int EVENT_HASH = 9;
    private static final int PREVIOUS_HASH = 10;
    private static final int HASH = 11;
    private static final byte[][] NAMES = names("_id", "eventId", "topic", "partition", "offset", "type", "subject", "time",
            "event", "eventHash", "previousHash", "hash");
    private static final int LONGEST = 12;

    private StoredEntryBytes() {
    }

    /** The entry whose document starts here, the input left at its end; null when it is not a document the store writes. */
    static LedgerEntry read(BsonInput in) {
        long position = 0;
        int partition = 0;
        long offset = 0;
        Instant time = null;
        String[] strings = new String[NAMES.length];
        byte[] name = new byte[LONGEST];
        in.readInt32(); // the document's size
        for (byte type = in.readByte(); type != 0; type = in.readByte()) {
            int field = field(in, name);
            if (field < 0) {
                return null;
            }
            if (type == NULL) {
                continue; // as the reader does: the field keeps its default
            }
            switch (field) {
                case ID, PARTITION, OFFSET -> {
                    long number;
                    if (type == INT32) {
                        number = in.readInt32();
                    } else if (type == INT64) {
                        number = in.readInt64();
                    } else if (type == DOUBLE) {
                        number = (long) in.readDouble();
                    } else {
                        return null;
                    }
                    if (field == ID) {
                        position = number;
                    } else if (field == PARTITION) {
                        partition = (int) number;
                    } else {
                        offset = number;
                    }
                }
                case TIME -> {
                    if (type != DATE_TIME) {
                        return null;
                    }
                    time = Instant.ofEpochMilli(in.readInt64());
                }
                default -> {
                    if (type != STRING) {
                        return null;
                    }
                    strings[field] = in.readString();
                }
            }
        }
        return new LedgerEntry(position, UUID.fromString(strings[EVENT_ID]), strings[TOPIC], partition, offset,
                strings[TYPE], strings[SUBJECT], time, strings[EVENT], strings[EVENT_HASH], strings[PREVIOUS_HASH],
                strings[HASH]);
    }

    /** Reads a field's name (a C string) and gives which of the twelve it is, or -1. */
    private static int field(BsonInput in, byte[] name) {
        int length = 0;
        boolean tooLong = false;
        for (byte b = in.readByte(); b != 0; b = in.readByte()) {
            if (length < name.length) {
                name[length++] = b;
            } else {
                tooLong = true;
            }
        }
        if (tooLong) {
            return -1;
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (Arrays.equals(name, 0, length, NAMES[i], 0, NAMES[i].length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[][] names(String... names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }
}
