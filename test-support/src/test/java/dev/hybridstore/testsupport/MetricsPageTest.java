package dev.hybridstore.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsPageTest {

    static final MetricsPage PAGE = new MetricsPage("""
            # TYPE hybridstore_coreapi_cache_reads_total counter
            hybridstore_coreapi_cache_reads_total{cache="cache:users",result="hit"} 404.0 # {span_id="93de01ed",trace_id="8b95388d"} 1.0 1796462573.532
            hybridstore_coreapi_cache_reads_total{cache="cache:users",result="miss"} 3.0
            hybridstore_coreapi_cache_reads_total{cache="cache:products",result="hit"} 7.0
            hybridstore_coreapi_cache_reads_total_other 100.0
            """);

    @Test
    void theSumTakesOnlySamplesWithEveryLabelGiven() {
        assertThat(PAGE.sum("hybridstore_coreapi_cache_reads_total", Map.of("result", "hit"))).isEqualTo(411.0);
        assertThat(PAGE.sum("hybridstore_coreapi_cache_reads_total", Map.of("cache", "cache:users"))).isEqualTo(407.0);
        assertThat(PAGE.sum("hybridstore_coreapi_cache_reads_total", Map.of("cache", "cache:users", "result", "miss"))).isEqualTo(3.0);
        assertThat(PAGE.sum("hybridstore_coreapi_cache_reads_total", Map.of())).isEqualTo(414.0);
    }
}
