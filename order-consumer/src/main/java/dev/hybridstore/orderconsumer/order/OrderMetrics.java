package dev.hybridstore.orderconsumer.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;

/**
 * The pipeline's meters on /q/metrics: {@code hybridstore_orders_consumed_total} (rate = events/s),
 * {@code _stored_total}, {@code _duplicates_total}, {@code hybridstore_orders_batch_size}, {@code hybridstore_orders_db_write_seconds};
 * dead letters are counted by {@link DeadLetters} ({@code hybridstore_orders_dlq_total{reason}}). The consumer lag per
 * partition comes from the Kafka client itself: {@code kafka_consumer_fetch_manager_records_lag{topic,partition}}
 * (records between the fetch position and the end of the partition; listed once Micrometer's periodic scan of the
 * client metrics has seen the assignment, within a minute).
 */
@Singleton
public class OrderMetrics {

    final Counter consumed;
    final Counter stored;
    final Counter duplicates;
    final DistributionSummary batchSize;
    final Timer dbWrite;

    OrderMetrics(MeterRegistry registry) {
        consumed = Counter.builder("hybridstore.orders.consumed").description("Order records taken from Kafka and handled")
                .register(registry);
        stored = Counter.builder("hybridstore.orders.stored").description("Orders newly inserted into PostgreSQL")
                .register(registry);
        duplicates = Counter.builder("hybridstore.orders.duplicates")
                .description("Valid orders already stored (redelivery after a crash or rebalance, or a producer retry)")
                .register(registry);
        batchSize = DistributionSummary.builder("hybridstore.orders.batch.size").description("Records per consumed batch")
                .publishPercentiles(0.5, 0.99).register(registry);
        dbWrite = Timer.builder("hybridstore.orders.db.write").description("Time to insert one batch into PostgreSQL")
                .publishPercentiles(0.5, 0.99).register(registry);
    }
}
