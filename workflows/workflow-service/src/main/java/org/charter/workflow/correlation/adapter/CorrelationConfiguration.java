package org.charter.workflow.correlation.adapter;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.charter.platform.consumer.EventSubscription;
import org.charter.platform.kafka.EventTopics;
import org.charter.workflow.correlation.ElectionMessages;
import org.charter.workflow.correlation.ParkedMessages;
import org.charter.workflow.correlation.ProcessMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CorrelationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CorrelationConfiguration.class);

    @Bean
    ParkedMessages parkedMessages(MongoDatabase database, Clock clock) {
        return new MongoParkedMessages(database, clock);
    }

    @Bean
    Correlator correlator(RuntimeService runtime, ParkedMessages parked) {
        return new Correlator(runtime, parked);
    }

    /** One thread: redelivers parked messages after a process starts waiting, and sweeps them all now and then. */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService parkedRedelivery(Correlator correlator,
                                              @Value("${charter.workflow.parked.sweep-interval:30s}") Duration sweep) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "parked-redelivery");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                correlator.redeliverAll(1000);
            } catch (RuntimeException e) {
                log.warn("the sweep of parked messages failed; the next one tries again", e);
            }
        }, sweep.toMillis(), sweep.toMillis(), TimeUnit.MILLISECONDS);
        return executor;
    }

    /** A wait for the committee's facts about the process's {@code motion}. */
    @Bean("awaitingCommittee")
    AwaitingMessages awaitingCommittee(Correlator correlator, ScheduledExecutorService parkedRedelivery) {
        return new AwaitingMessages(correlator, Correlator.MOTION, redeliveries(parkedRedelivery));
    }

    /** A wait for the election's facts about the process's {@code contest}. */
    @Bean("awaitingElection")
    AwaitingMessages awaitingElection(Correlator correlator, ScheduledExecutorService parkedRedelivery) {
        return new AwaitingMessages(correlator, ElectionMessages.CONTEST, redeliveries(parkedRedelivery));
    }

    /** A budget approval's wait for the budget service's facts about its proposal's fiscal year. */
    @Bean("awaitingBudget")
    AwaitingMessages awaitingBudget(Correlator correlator, ScheduledExecutorService parkedRedelivery) {
        return new AwaitingMessages(correlator, ProcessMessage.FISCAL_YEAR, redeliveries(parkedRedelivery));
    }

    private static Executor redeliveries(ScheduledExecutorService parkedRedelivery) {
        return command -> parkedRedelivery.execute(() -> {
            try {
                command.run();
            } catch (RuntimeException e) {
                log.warn("redelivering parked messages failed; the sweep tries again", e);
            }
        });
    }

    /** The group name is the position on the committee's topic and the applied event ids: keep it stable. */
    @Bean
    EventSubscription committeeFacts(Correlator correlator) {
        return EventSubscription.of("workflow.committee-facts", correlator::on, EventTopics.of("committee"));
    }

    /** The election's facts the ec-election process waits for; the group name is its position on the topic: keep it stable. */
    @Bean
    EventSubscription electionFacts(Correlator correlator) {
        return EventSubscription.of("workflow.election-facts", correlator::on, EventTopics.of("election"));
    }

    /** The budget's facts the budget-approval process waits for (the year went continuing); the group name is its position: keep it stable. */
    @Bean
    EventSubscription budgetFacts(Correlator correlator) {
        return EventSubscription.of("workflow.budget-facts", correlator::on, EventTopics.of("budget"));
    }
}
