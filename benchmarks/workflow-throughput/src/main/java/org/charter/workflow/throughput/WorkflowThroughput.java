package org.charter.workflow.throughput;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.management.Metrics;
import org.charter.embedded.CharterInfrastructure;
import org.charter.embedded.Endpoints;
import org.charter.platform.envelope.CloudEventEnvelope;
import org.charter.platform.security.Role;
import org.charter.platform.test.TestTokens;
import org.charter.workflow.WorkflowApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Policy-approval instances per second that the workflow service starts and drives through its
 * automated path: {@code POST /api/v1/processes/policy-approval} (the motion checked with the
 * committee), notice timer (PT0.001S, due at once), plan and open the consensus round (an asynchronous job: a call
 * to the committee), wait for the round's result (the committee's {@code ConsensusRoundCounted}
 * on Kafka, correlated by the service's listener), assess it, adopted, outcome published (the
 * milestones relayed to Kafka). The service runs in this JVM as in the embedded default: engine on
 * an H2 file, history as the service sets it, the in-process Kafka broker and MongoDB server; the committee is a
 * stand-in on loopback ({@link CommitteeOnLoopback}). A load generator, run by hand, never a test.
 */
public final class WorkflowThroughput {

    private WorkflowThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int status = 1;
        try {
            measure(options(args));
            status = 0;
        } finally {
            System.exit(status); // the in-process broker and MongoDB server keep the JVM alive otherwise
        }
    }

    private static void measure(Map<String, String> options) throws Exception {
        int instances = Integer.parseInt(options.getOrDefault("instances", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "100"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "8"));
        long resultDelay = Long.parseLong(options.getOrDefault("result-delay-ms", "500"));
        long pollMillis = Long.parseLong(options.getOrDefault("poll-ms", "50"));
        // 0: an open loop (each connection starts its next instance when the last start was answered);
        // n: a closed loop, a new start only while fewer than n of the batch's instances are under way
        int inFlight = Integer.parseInt(options.getOrDefault("in-flight", "0"));
        // the service's own level (workflow.yml) unless named, e.g. full or audit to compare
        String historyLevel = options.get("history-level");
        Map<String, Object> jobExecutor = new LinkedHashMap<>();
        jobExecutor.put("camunda.bpm.job-execution.core-pool-size", options.getOrDefault("core-pool-size", "3"));
        jobExecutor.put("camunda.bpm.job-execution.max-pool-size", options.getOrDefault("max-pool-size", "10"));
        jobExecutor.put("camunda.bpm.job-execution.queue-capacity", options.getOrDefault("queue-capacity", "3"));
        jobExecutor.put("camunda.bpm.job-execution.max-jobs-per-acquisition", options.getOrDefault("max-jobs-per-acquisition", "3"));
        jobExecutor.put("camunda.bpm.job-execution.wait-time-in-millis", options.getOrDefault("wait-time-in-millis", "5000"));
        jobExecutor.put("camunda.bpm.job-execution.max-wait", options.getOrDefault("max-wait", "60000"));

        Endpoints infrastructure = CharterInfrastructure.shared();
        Path data = Files.createTempDirectory("charter-workflow-throughput-");
        try (CommitteeOnLoopback committee = new CommitteeOnLoopback(infrastructure.kafkaBootstrapServers(), resultDelay)) {
            Map<String, Object> properties = new LinkedHashMap<>(jobExecutor);
            properties.put("server.port", "0");
            properties.put("server.address", "127.0.0.1");
            properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            properties.put("charter.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            properties.put("spring.data.mongodb.uri", infrastructure.mongoUri());
            properties.put("charter.mongodb.uri", infrastructure.mongoUri());
            properties.put("spring.data.mongodb.database", "workflow-throughput");
            // the embedded default's settings (workflow.yml), unless --h2-options names others
            properties.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve("camunda") + ";DB_CLOSE_ON_EXIT=FALSE"
                    + options.getOrDefault("h2-options", ";AUTO_COMPACT_FILL_RATE=0;QUERY_CACHE_SIZE=256"));
            if (historyLevel != null) {
                properties.put("camunda.bpm.history-level", historyLevel);
            }
            properties.put("charter.workflow.committee.url", committee.url());
            properties.put("charter.workflow.service-identity.token", "throughput-service-token");
            properties.put(TestTokens.PUBLIC_KEY_PROPERTY, TestTokens.publicKeyLocation());
            properties.put("logging.level.root", options.getOrDefault("log-level", "INFO"));
            // any other setting to measure, e.g. "camunda.bpm.generic-properties.properties.history-removal-time-strategy=start"
            for (String setting : options.getOrDefault("properties", "").split(",")) {
                if (!setting.isBlank()) {
                    properties.put(setting.substring(0, setting.indexOf('=')).trim(), setting.substring(setting.indexOf('=') + 1).trim());
                }
            }
            // system properties, as the service's ITs set them: a builder's properties are the lowest
            // precedence, below the platform's defaults
            properties.forEach((name, value) -> System.setProperty(name, String.valueOf(value)));
            ConfigurableApplicationContext service = new SpringApplicationBuilder(WorkflowApplication.class).run();
            try {
                committee.publishWith(service.getBean(CloudEventEnvelope.class));
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                ProcessEngine engine = service.getBean(ProcessEngine.class);
                Batch warm = run("w" + Long.toString(System.nanoTime(), 36), warmup, connections, inFlight, port, engine, pollMillis);
                System.out.printf("warm-up    %s%n", warm);
                System.out.printf("           %s%n", warm.jvmThreadsLine());
                Batch measured = run("m" + Long.toString(System.nanoTime(), 36), instances, connections, inFlight, port, engine, pollMillis);
                double idleSeconds = Double.parseDouble(options.getOrDefault("idle-seconds",
                        String.valueOf(Math.min(60, Math.max(10, Math.round(measured.seconds()))))));
                double idleCpu = idleCpuSeconds(idleSeconds);
                System.out.println();
                System.out.printf("engine     H2 file (%s), history %s; job executor %s%n",
                        System.getProperty("spring.datasource.url").replaceFirst("^[^;]*", ""),
                        ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                                .getHistoryLevel().getName(),
                        jobExecutor.entrySet().stream()
                        .map(e -> e.getKey().substring("camunda.bpm.job-execution.".length()) + "=" + e.getValue()).toList());
                System.out.printf("settings   %s%n", options.getOrDefault("properties", "(none beyond the above)"));
                System.out.printf("load       %s%n", inFlight > 0 ? "closed loop: at most " + inFlight + " instances under way"
                        : "open loop: " + connections + " connections, each starting its next instance when answered");
                System.out.printf("committee  round counted %d ms after it was opened; %d polls opened in all (warm-up included)%n",
                        resultDelay, committee.pollsOpened.get());
                System.out.printf("measured   %s%n", measured);
                System.out.printf("jvm        %s%n", measured.jvmThreadsLine());
                // what does not scale with the instances: the same JVM left alone after the batch
                // (broker, relay and acquisition polling, the JIT finishing), scaled to the batch's duration
                double idleInBatch = idleCpu / idleSeconds * measured.seconds();
                double net = measured.cpuSeconds() - idleInBatch - measured.generatorCpuSeconds();
                System.out.printf("idle       %.1f s of CPU in %.0f s with no load (%.0f ms/s): %.1f s over the batch's %.1f s;"
                                + " the generator's threads (completion poll every %d ms, HTTP clients) %.1f s%n",
                        idleCpu, idleSeconds, idleCpu * 1000 / idleSeconds, idleInBatch, measured.seconds(), pollMillis,
                        measured.generatorCpuSeconds());
                System.out.printf("net        %.1f s: %.1f ms of CPU per instance without the idle JVM and the generator"
                                + " (%.0f instances/s per fully available core)%n",
                        net, net * 1000 / measured.completed(), measured.completed() / net);
            } finally {
                service.close();
            }
        }
    }

    record Batch(int instances, int started, double startSeconds, double seconds, int completed, double p50, double p99,
                 Map<Integer, Integer> answers, long jobs, long failedJobs, double cpuSeconds, double generatorCpuSeconds,
                 JvmThreadsCpu jvmThreads) {
        @Override
        public String toString() {
            return String.format("%d started (answers %s) in %.1f s: %.1f starts/s; %d completed in %.1f s: %.1f instances/s"
                            + " end to end; start to end p50 %.0f ms, p99 %.0f ms; %d jobs run (%.1f per instance), %d failed;"
                            + " CPU %.1f s of this JVM: %.1f ms per instance (%.0f instances/s per fully available core)",
                    instances, answers, startSeconds, started / startSeconds, completed, seconds, completed / seconds, p50, p99,
                    jobs, completed == 0 ? 0.0 : (double) jobs / completed, failedJobs, cpuSeconds,
                    completed == 0 ? 0.0 : cpuSeconds * 1000 / completed, completed == 0 ? 0.0 : completed / cpuSeconds);
        }

        /** The CPU of the JIT's and the collector's threads during the batch, and what the rest used per instance. */
        String jvmThreadsLine() {
            double rest = cpuSeconds - jvmThreads.compilerSeconds() - jvmThreads.collectorSeconds() - generatorCpuSeconds;
            return String.format("of it: the JIT compiling %.1f s, the collector %.1f s, the generator %.1f s; the rest %.1f s:"
                            + " %.1f ms per instance", jvmThreads.compilerSeconds(), jvmThreads.collectorSeconds(),
                    generatorCpuSeconds, rest, completed == 0 ? 0.0 : rest * 1000 / completed);
        }
    }

    private static double idleCpuSeconds(double seconds) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(Math.round(seconds * 1000));
        return (os.getProcessCpuTime() - before) / 1e9;
    }

    private static Batch run(String prefix, int instances, int connections, int inFlight, int port, ProcessEngine engine,
                             long pollMillis) throws Exception {
        HistoryService history = engine.getHistoryService();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.AtomicLong generatorCpu = new java.util.concurrent.atomic.AtomicLong();
        long mainCpuBefore = threads.getCurrentThreadCpuTime();
        String token = TestTokens.token("bench.secretary", Role.SECRETARY, null);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        JvmThreadsCpu jvmBefore = JvmThreadsCpu.now();
        long jobsBefore = jobs(engine, Metrics.JOB_SUCCESSFUL);
        long failedBefore = jobs(engine, Metrics.JOB_FAILED);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        java.util.concurrent.Semaphore room = new java.util.concurrent.Semaphore(inFlight > 0 ? inFlight : Integer.MAX_VALUE);
        ExecutorService clients = Executors.newFixedThreadPool(connections);
        long begin = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            clients.execute(() -> {
                long clientCpuBefore = threads.getCurrentThreadCpuTime();
                for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
                    room.acquireUninterruptibly();
                    String motion = "m-" + prefix + "-" + i;
                    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/api/v1/processes/policy-approval"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"motion\":\"" + motion
                                    + "\",\"periods\":{\"notice\":\"PT0.001S\",\"round\":\"PT1H\",\"firstReminder\":\"PT30M\",\"secondReminder\":\"PT10M\"}}")).build();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    answers.merge(status, 1, Integer::sum);
                    if (status != 201) {
                        room.release(); // nothing under way for it
                    }
                }
                generatorCpu.addAndGet(threads.getCurrentThreadCpuTime() - clientCpuBefore);
            });
        }
        clients.shutdown();
        String like = "m-" + prefix + "-%";
        long completed = 0;
        if (inFlight > 0) {
            // the completions make room for the next starts while the clients are still starting
            while (!clients.awaitTermination(pollMillis, TimeUnit.MILLISECONDS)) {
                long now = history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(like).completed().count();
                room.release(Math.toIntExact(now - completed));
                completed = now;
            }
        }
        clients.awaitTermination(1, TimeUnit.HOURS);
        double startSeconds = (System.nanoTime() - begin) / 1e9;
        int started = answers.getOrDefault(201, 0);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while ((completed = history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(like).completed()
                .count()) < started && System.nanoTime() < deadline) {
            Thread.sleep(pollMillis);
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        JvmThreadsCpu jvmThreads = JvmThreadsCpu.now().minus(jvmBefore);
        generatorCpu.addAndGet(threads.getCurrentThreadCpuTime() - mainCpuBefore);
        List<Long> latencies = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike(like).completed().list()) {
            latencies.add(instance.getEndTime().getTime() - instance.getStartTime().getTime());
        }
        latencies.sort(null);
        return new Batch(instances, started, startSeconds, seconds, (int) completed, percentile(latencies, 0.50),
                percentile(latencies, 0.99), new java.util.TreeMap<>(answers),
                jobs(engine, Metrics.JOB_SUCCESSFUL) - jobsBefore, jobs(engine, Metrics.JOB_FAILED) - failedBefore, cpuSeconds,
                generatorCpu.get() / 1e9, jvmThreads);
    }

    /**
     * Jobs run or failed so far, from the engine's metrics (flushed to the database first): they
     * count at every history level, where the historic job log is written only by some.
     */
    private static long jobs(ProcessEngine engine, String metric) {
        engine.getManagementService().reportDbMetricsNow();
        return engine.getManagementService().createMetricsQuery().name(metric).sum();
    }

    private static double percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value, not " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
