package org.charter.audit.replay.adapter;

import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The records of topics from their first offset, as a lazy stream: what replay from the topics reads. */
public interface TopicRecords {

    /** How many records the topics hold now (for a progress bar). */
    long size(List<String> topics);

    /**
     * Every record of each topic, one partition after the other, each in offset order, fetched as
     * the stream is consumed (never the whole topic at once); close the stream.
     */
    Stream<ConsumerRecord<String, byte[]>> stream(List<String> topics);
}
