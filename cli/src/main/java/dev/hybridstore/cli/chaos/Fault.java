package dev.hybridstore.cli.chaos;

import static dev.hybridstore.cli.chaos.FaultDriver.Action.kill;
import static dev.hybridstore.cli.chaos.FaultDriver.Action.start;
import static dev.hybridstore.cli.chaos.FaultDriver.Action.stop;

import dev.hybridstore.cli.chaos.FaultDriver.Action;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The campaign's faults: what breaks, for how long, under which load, and on which topology it means something. Each
 * runs under live load; the aim for every one is 0 lost, 0 duplicated, reads answering.
 */
public enum Fault {

    PG_KILL("pg-kill", "kill -9 PostgreSQL, restart", Load.ORDERS_AND_READS, kill("postgres"), Duration.ZERO, start("postgres"), 0, Topology.ANY),
    PG_STOP("pg-stop", "PostgreSQL stopped for 30 s", Load.ORDERS_AND_READS, stop("postgres"), Duration.ofSeconds(30), start("postgres"), 0, Topology.ANY),
    REDIS_KILL("redis-kill", "kill -9 Redis, restart (data lost)", Load.ORDERS_AND_READS, kill("redis"), Duration.ZERO, start("redis"), 0, Topology.SINGLE),
    CONSUMER_KILL("consumer-kill", "kill -9 an order-consumer, restart after 5 s", Load.ORDERS, kill("order-consumer"),
            Duration.ofSeconds(5), start("order-consumer"), 0, Topology.ANY),
    BROKER_KILL("broker-kill", "kill -9 Kafka broker 2 of 3, restart after 10 s", Load.ORDERS, kill("kafka2"), Duration.ofSeconds(10),
            start("kafka2"), 3, Topology.ANY),
    BROKER_DOWN("broker-down", "the only Kafka broker down for 30 s", Load.ORDERS, stop("kafka1"), Duration.ofSeconds(30),
            start("kafka1"), 1, Topology.ANY),
    CORE_API_KILL("core-api-kill", "kill -9 core-api, restart", Load.ORDERS_AND_READS, kill("core-api"), Duration.ZERO,
            start("core-api"), 0, Topology.SINGLE),
    AI_WORKER_KILL("ai-worker-kill", "kill -9 ai-worker mid-backfill, restart", Load.BACKFILL, kill("ai-worker"), Duration.ZERO,
            start("ai-worker"), 0, Topology.ANY),
    CACHE_WORKER_KILL("cache-worker-kill", "kill -9 cache-worker mid-cycle, restart", Load.READS_AND_CYCLES, kill("cache-worker"),
            Duration.ZERO, start("cache-worker"), 0, Topology.ANY),
    // The cluster topology's own: a failover, not an outage, is what they test. "redis-master" is a role the campaign
    // resolves to the node serving the cached users' slot at the moment of the kill.
    REDIS_MASTER_KILL("redis-master-kill", "kill -9 the Redis master of the cached users' slot, its replica takes over; restart it",
            Load.ORDERS_AND_READS, kill(Fault.REDIS_MASTER), Duration.ZERO, start(Fault.REDIS_MASTER), 0, Topology.CLUSTER),
    API_INSTANCE_KILL("core-api-instance-kill", "kill -9 core-api instance 2 behind haproxy; restart it once marked down",
            Load.ORDERS_AND_READS, kill("core-api-2"), Duration.ZERO, start("core-api-2"), 0, Topology.CLUSTER),
    STANDBY_STOP("standby-stop", "the PostgreSQL standby stopped for 20 s, then a fresh one started", Load.ORDERS_AND_LIST_READS,
            stop("standby"), Duration.ofSeconds(20), start("standby"), 0, Topology.CLUSTER);

    /** The component name the campaign replaces with the Redis Cluster node that is master of the watched slot. */
    static final String REDIS_MASTER = "redis-master";

    /** The deployment a fault means something on. */
    public enum Topology {
        ANY, SINGLE, CLUSTER
    }

    /** What runs while the fault happens. */
    public enum Load {
        ORDERS("orders"), ORDERS_AND_READS("orders+reads"), ORDERS_AND_LIST_READS("orders+list reads"), BACKFILL("backfill"),
        READS_AND_CYCLES("reads+cache cycles");

        final String label;

        Load(String label) {
            this.label = label;
        }

        boolean orders() {
            return this == ORDERS || this == ORDERS_AND_READS || this == ORDERS_AND_LIST_READS;
        }

        boolean reads() {
            return this == ORDERS_AND_READS || this == ORDERS_AND_LIST_READS || this == READS_AND_CYCLES;
        }
    }

    final String id;
    final String description;
    final Load load;
    final Action inject;
    final Duration down;
    final Action restore;
    /** The Kafka brokers this fault needs (0: any number). */
    final int brokers;
    final Topology topology;

    Fault(String id, String description, Load load, Action inject, Duration down, Action restore, int brokers, Topology topology) {
        this.id = id;
        this.description = description;
        this.load = load;
        this.inject = inject;
        this.down = down;
        this.restore = restore;
        this.brokers = brokers;
        this.topology = topology;
    }

    public String id() {
        return id;
    }

    /** Whether the row measures a failover: the cluster routing around the killed part before it comes back. */
    boolean failsOver() {
        return this == REDIS_MASTER_KILL || this == API_INSTANCE_KILL;
    }

    public static Optional<Fault> named(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** Why this fault cannot run on a stack of {@code brokers} Kafka brokers and this topology (single, cluster), if it cannot. */
    Optional<String> unfitFor(int brokers, String topology) {
        boolean cluster = topology.equals("cluster");
        if (this.topology == Topology.CLUSTER && !cluster) {
            return Optional.of("needs the cluster topology (./suite up --topology cluster)");
        }
        if (this.topology == Topology.SINGLE && cluster) {
            return Optional.of("acts on the single topology's one instance; the cluster topology has its own faults");
        }
        if (this.brokers == 0 || this.brokers == brokers) {
            return Optional.empty();
        }
        return Optional.of("needs " + this.brokers + " Kafka broker(s), the suite runs " + brokers
                + (this.brokers == 3 ? " (./suite up --kafka-brokers 3)" : ""));
    }
}
