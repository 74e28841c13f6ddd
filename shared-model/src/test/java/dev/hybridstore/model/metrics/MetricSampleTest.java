package dev.hybridstore.model.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricSampleTest {

    @Test
    void anExemplarAfterTheValueIsNotTakenForIt() {
        MetricSample sample = MetricSample.parseLine("hybridstore_coreapi_cache_reads_total{cache=\"cache:users\",result=\"hit\"} 46.0 "
                + "# {span_id=\"5427a261ce699c59\",trace_id=\"dc7ff41bad4df85ea10a63a57f204908\"} 1.0 1796463966.219");
        assertThat(sample).isEqualTo(new MetricSample("hybridstore_coreapi_cache_reads_total",
                Map.of("cache", "cache:users", "result", "hit"), 46.0));
    }

    @Test
    void aSeriesWithoutLabelsAndWithATimestampGivesItsValue() {
        assertThat(MetricSample.parseLine("hybridstore_orders_stored_total 30.0 1733366400000"))
                .isEqualTo(new MetricSample("hybridstore_orders_stored_total", Map.of(), 30.0));
    }

    @Test
    void quotedBracesCommasAndEscapesStayInsideTheirLabel() {
        MetricSample sample = MetricSample.parseLine("lag{client_id=\"a}, \\\"b\\\"\",partition=\"1\"} 7.0");
        assertThat(sample.labels()).containsExactlyInAnyOrderEntriesOf(Map.of("client_id", "a}, \\\"b\\\"", "partition", "1"));
        assertThat(sample.value()).isEqualTo(7.0);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndNaNIsKept() {
        assertThat(MetricSample.parse("# HELP x a gauge\n# TYPE x gauge\n\nx NaN\ny_total 2.0\n"))
                .extracting(MetricSample::name).containsExactly("x", "y_total");
        assertThat(MetricSample.parse("x NaN").get(0).value()).isNaN();
    }
}
