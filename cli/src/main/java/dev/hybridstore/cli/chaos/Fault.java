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

    PG_KILL("pg-kill", "kill -9 PostgreSQL, restart", Load.ORDERS_AND_READS, kill("postgres"), Duration.ZERO, start("postgres"), 0),
    PG_STOP("pg-stop", "PostgreSQL stopped for 30 s", Load.ORDERS_AND_READS, stop("postgres"), Duration.ofSeconds(30), start("postgres"), 0),
    REDIS_KILL("redis-kill", "kill -9 Redis, restart (data lost)", Load.ORDERS_AND_READS, kill("redis"), Duration.ZERO, start("redis"), 0),
    CONSUMER_KILL("consumer-kill", "kill -9 an order-consumer, restart after 5 s", Load.ORDERS, kill("order-consumer"),
            Duration.ofSeconds(5), start("order-consumer"), 0),
    BROKER_KILL("broker-kill", "kill -9 Kafka broker 2 of 3, restart after 10 s", Load.ORDERS, kill("kafka2"), Duration.ofSeconds(10),
            start("kafka2"), 3),
    BROKER_DOWN("broker-down", "the only Kafka broker down for 30 s", Load.ORDERS, stop("kafka1"), Duration.ofSeconds(30),
            start("kafka1"), 1),
    CORE_API_KILL("core-api-kill", "kill -9 core-api, restart", Load.ORDERS_AND_READS, kill("core-api"), Duration.ZERO,
            start("core-api"), 0),
    AI_WORKER_KILL("ai-worker-kill", "kill -9 ai-worker mid-backfill, restart", Load.BACKFILL, kill("ai-worker"), Duration.ZERO,
            start("ai-worker"), 0),
    CACHE_WORKER_KILL("cache-worker-kill", "kill -9 cache-worker mid-cycle, restart", Load.READS_AND_CYCLES, kill("cache-worker"),
            Duration.ZERO, start("cache-worker"), 0);

    /** What runs while the fault happens. */
    public enum Load {
        ORDERS("orders"), ORDERS_AND_READS("orders+reads"), BACKFILL("backfill"), READS_AND_CYCLES("reads+cache cycles");

        final String label;

        Load(String label) {
            this.label = label;
        }

        boolean orders() {
            return this == ORDERS || this == ORDERS_AND_READS;
        }

        boolean reads() {
            return this == ORDERS_AND_READS || this == READS_AND_CYCLES;
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

    Fault(String id, String description, Load load, Action inject, Duration down, Action restore, int brokers) {
        this.id = id;
        this.description = description;
        this.load = load;
        this.inject = inject;
        this.down = down;
        this.restore = restore;
        this.brokers = brokers;
    }

    public String id() {
        return id;
    }

    public static Optional<Fault> named(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** Why this fault cannot run on a stack of {@code brokers} Kafka brokers, if it cannot. */
    Optional<String> unfitFor(int brokers) {
        if (this.brokers == 0 || this.brokers == brokers) {
            return Optional.empty();
        }
        return Optional.of("needs " + this.brokers + " Kafka broker(s), the suite runs " + brokers
                + (this.brokers == 3 ? " (./suite up --kafka-brokers 3)" : ""));
    }
}
