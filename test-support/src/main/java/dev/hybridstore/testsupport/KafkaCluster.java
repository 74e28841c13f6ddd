package dev.hybridstore.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Kafka cluster of a test class's own: {@code size} KRaft nodes (each broker and controller) run as processes from the
 * Kafka jars that {@code ./suite test} names in KAFKA_LIB, 256 MB of heap each. From 3 nodes on, topics are replicated 3
 * times with min.insync.replicas 2, as in {@code ./suite up --kafka-brokers 3}. A node can be killed with SIGKILL and
 * restarted on its ports and data, as a crashed broker comes back. Data and logs stay under
 * target/kafka-cluster/TestClassName after the class. Registered as a static field: {@code @RegisterExtension static final KafkaCluster kafka = KafkaCluster.of(3);}
 */
public final class KafkaCluster implements BeforeAllCallback, AfterAllCallback {

    private static final Duration READY = Duration.ofSeconds(120);

    private final int size;
    private final int[] ports;
    private final Process[] processes;
    private Path dir;

    private KafkaCluster(int size) {
        this.size = size;
        this.ports = new int[size * 2];
        this.processes = new Process[size];
    }

    public static KafkaCluster of(int size) {
        return new KafkaCluster(size);
    }

    /** host:port of every broker, for bootstrap.servers. */
    public String bootstrap() {
        return IntStream.rangeClosed(1, size).mapToObj(n -> "127.0.0.1:" + port(n)).collect(Collectors.joining(","));
    }

    /** kill -9 of node {@code id} (1..size): no controlled shutdown, no leadership handed over. */
    public void kill(int id) throws InterruptedException {
        processes[id - 1].destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts node {@code id} again on its ports and data, and waits until the cluster counts it among its brokers. */
    public void restart(int id) {
        launch(id);
        awaitBrokers(Set.of(id));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path lib = kafkaLib();
        dir = Path.of("target", "kafka-cluster", context.getRequiredTestClass().getSimpleName());
        deleteRecursively(dir);
        Files.createDirectories(dir);
        pickPorts();
        String clusterId = Uuid.randomUuid().toString();
        List<Process> formats = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            Files.writeString(config(n), properties(n));
            formats.add(java(lib, "-Xmx128m", "kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config(n).toString())
                    .redirectOutput(log(n).toFile()).start());
        }
        for (int n = 1; n <= size; n++) {
            if (!formats.get(n - 1).waitFor(60, TimeUnit.SECONDS) || formats.get(n - 1).exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka node " + n + " failed; see " + log(n).toAbsolutePath());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "kafka-cluster-stop"));
        for (int n = 1; n <= size; n++) {
            launch(n);
        }
        awaitBrokers(IntStream.rangeClosed(1, size).boxed().collect(Collectors.toSet()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopAll();
    }

    private void stopAll() {
        for (Process p : processes) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    private void launch(int n) {
        try {
            processes[n - 1] = java(kafkaLib(), "-Xmx256m", "kafka.Kafka", config(n).toString())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(n).toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Kafka node " + n, e);
        }
    }

    /** Waits until every node of {@code ids} is a live broker of the cluster; fails at once if one of them exited. */
    private void awaitBrokers(Set<Integer> ids) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            await().atMost(READY).pollInterval(Duration.ofMillis(500)).until(() -> {
                for (int n : ids) {
                    if (!processes[n - 1].isAlive()) {
                        throw new IllegalStateException("Kafka node " + n + " exited; see " + log(n).toAbsolutePath());
                    }
                }
                try {
                    Set<Integer> live = new HashSet<>();
                    for (Node node : admin.describeCluster().nodes().get(5, TimeUnit.SECONDS)) {
                        live.add(node.id());
                    }
                    return live.containsAll(ids);
                } catch (Exception e) {
                    return false; // not answering yet
                }
            });
        }
    }

    private String properties(int n) {
        String voters = IntStream.rangeClosed(1, size).mapToObj(i -> i + "@127.0.0.1:" + controllerPort(i)).collect(Collectors.joining(","));
        int replicas = size >= 3 ? 3 : 1;
        int minIsr = size >= 3 ? 2 : 1;
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=" + n,
                "controller.quorum.voters=" + voters,
                "listeners=PLAINTEXT://127.0.0.1:" + port(n) + ",CONTROLLER://127.0.0.1:" + controllerPort(n),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port(n),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dir.resolve("node" + n).toAbsolutePath(),
                "default.replication.factor=" + replicas,
                "min.insync.replicas=" + minIsr,
                "offsets.topic.replication.factor=" + replicas,
                "transaction.state.log.replication.factor=" + replicas,
                "transaction.state.log.min.isr=" + minIsr,
                "share.coordinator.state.topic.replication.factor=" + replicas,
                "share.coordinator.state.topic.min.isr=" + minIsr,
                // Few partitions for the internal topics (50 by default): less to create and to move after a kill, on 2 cores.
                "offsets.topic.num.partitions=3",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.num.partitions=3",
                "num.network.threads=2",
                "num.io.threads=2",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                // The log cleaner allocates this in one piece at start; Kafka's 128 MiB can fail a 256 MiB heap.
                "log.cleaner.dedupe.buffer.size=16777216",
                "");
    }

    /**
     * Free ports below Linux's ephemeral range (32768 on): the kernel never hands those to outgoing connections, so a
     * killed node's ports are still free when it restarts.
     */
    private void pickPorts() {
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < ports.length; i++) {
            int port;
            do {
                port = ThreadLocalRandom.current().nextInt(20_000, 32_768);
            } while (taken.contains(port) || !free(port));
            taken.add(port);
            ports[i] = port;
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private int port(int n) {
        return ports[(n - 1) * 2];
    }

    private int controllerPort(int n) {
        return ports[(n - 1) * 2 + 1];
    }

    private Path config(int n) {
        return dir.resolve("node" + n + ".properties");
    }

    private Path log(int n) {
        return dir.resolve("node" + n + ".log");
    }

    private ProcessBuilder java(Path lib, String heap, String... mainAndArgs) {
        // C1 only and the serial collector: less CPU for JIT and GC threads on a shared 2-core machine, at a load
        // (hundreds of records a second) that C2's code would not speed up noticeably.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + MonitoringFiles.root().resolve("infra/kafka/log4j2.properties"),
                "-cp", lib.toAbsolutePath() + "/*"));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The Kafka distribution's jars: KAFKA_LIB (./suite test exports it), or the system property kafka.lib. */
    private static Path kafkaLib() {
        Path lib = Optional.ofNullable(System.getenv("KAFKA_LIB")).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(System.getProperty("kafka.lib"))).map(Path::of)
                .orElseThrow(() -> new IllegalStateException("KAFKA_LIB is not set: run the tests with ./suite test, which "
                        + "exports it (the Kafka jars in .suite/kafka-lib)"));
        try (Stream<Path> jars = Files.list(lib)) {
            if (jars.noneMatch(j -> j.getFileName().toString().startsWith("kafka_2.13-"))) {
                throw new IllegalStateException("no Kafka server jar (kafka_2.13-*.jar) in KAFKA_LIB=" + lib);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read KAFKA_LIB=" + lib, e);
        }
        return lib;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
