package dev.hybridstore.coreapi.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String CONSUMER_1 = """
            # HELP hybridstore_orders_dlq_total Orders sent to orders-dlq
            # TYPE hybridstore_orders_dlq_total counter
            hybridstore_orders_dlq_total{reason="invalid"} 2.0
            hybridstore_orders_dlq_total{reason="unknown-user"} 5.0
            hybridstore_db_slow_queries_total 3.0
            hybridstore_cacheworker_last_success_seconds NaN
            kafka_consumer_fetch_manager_records_lag{client_id="a, \\"b\\"",partition="1",topic="orders"} 7.0 1733366400000
            """;
    private static final String CONSUMER_2 = """
            hybridstore_orders_dlq_total{reason="unknown-user"} 1.0
            hybridstore_db_slow_queries_total 4.0
            """;

    @Test
    void seriesAreSummedByLabelAcrossInstances() {
        List<PrometheusText> pages = List.of(PrometheusText.parse(CONSUMER_1), PrometheusText.parse(CONSUMER_2));
        Map<String, Double> byReason = new HashMap<>();
        pages.forEach(p -> p.sumBy("hybridstore_orders_dlq_total", "reason").forEach((k, v) -> byReason.merge(k, v, Double::sum)));
        assertThat(byReason).containsExactlyInAnyOrderEntriesOf(Map.of("invalid", 2.0, "unknown-user", 6.0));
        assertThat(pages.stream().mapToDouble(p -> p.sum("hybridstore_db_slow_queries_total")).sum()).isEqualTo(7.0);
    }

    @Test
    void labelsWithCommasAndQuotesAndATimestampAreRead() {
        PrometheusText page = PrometheusText.parse(CONSUMER_1);
        assertThat(page.sum("kafka_consumer_fetch_manager_records_lag", Map.of("partition", "1"))).isEqualTo(7.0);
        assertThat(page.sum("kafka_consumer_fetch_manager_records_lag", Map.of("partition", "2"))).isZero();
        assertThat(page.samples()).filteredOn(s -> s.name().startsWith("kafka_")).singleElement()
                .satisfies(s -> assertThat(s.labels()).containsEntry("client_id", "a, \\\"b\\\""));
    }

    @Test
    void aGaugeNoCycleHasMeasuredYetCountsAsAbsent() {
        assertThat(PrometheusText.parse(CONSUMER_1).sum("hybridstore_cacheworker_last_success_seconds")).isZero();
    }

    @Test
    void aCounterWrittenWithAnExemplarCountsItsValueAndKeepsItsLabels() {
        PrometheusText page = PrometheusText.parse("""
                hybridstore_coreapi_cache_reads_total{cache="cache:users",result="hit"} 46.0 # {span_id="5427a261ce699c59",trace_id="dc7ff41bad4df85ea10a63a57f204908"} 1.0 1796463966.219
                hybridstore_coreapi_cache_reads_total{cache="cache:users",result="miss"} 4.0
                """);
        assertThat(page.sumBy("hybridstore_coreapi_cache_reads_total", "result"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("hit", 46.0, "miss", 4.0));
    }
}
