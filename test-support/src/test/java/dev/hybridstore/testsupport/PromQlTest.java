package dev.hybridstore.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.testsupport.PromQl.Selector;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsTheMetricsBehindFunctionsAggregationsAndOperators() {
        assertThat(PromQl.selectors("""
                (sum(rate(a_total{job="core-api"}[5m])) > 0)
                unless on ()
                ((sum by (reason) (rate(b_total{job="order-consumer",reason!="x"}[5m])) + sum(c)) > 0)"""))
                .containsExactly(new Selector("a_total", Set.of("core-api")), new Selector("b_total", Set.of("order-consumer")),
                        new Selector("c", Set.of()));
    }

    @Test
    void groupingListsStringsNumbersAndVariablesAreNotMetrics() {
        assertThat(PromQl.selectors("histogram_quantile(0.99, sum without (instance) (rate(x_bucket{le=~\"0.5|1\"}[$__rate_interval])))"
                + " * 1e3 + label_replace(y offset 5m, \"dst\", \"$1\", \"src\", \"(.*)\") and ignoring (job) time() - z"))
                .extracting(Selector::metric).containsExactly("x_bucket", "y", "z");
    }

    @Test
    void aJobAlternationNamesEachJob() {
        assertThat(PromQl.selectors("up{job=~\"core-api|ai-worker\"} == 0"))
                .containsExactly(new Selector("up", Set.of("core-api", "ai-worker")));
    }

    @Test
    void whatItCannotReadIsAnError() {
        assertThatThrownBy(() -> PromQl.selectors("{__name__=~\"hybridstore_.*\"}")).hasMessageContaining("without a metric name");
        assertThatThrownBy(() -> PromQl.selectors("x{job!=\"core-api\"}")).hasMessageContaining("negative job matcher");
        assertThatThrownBy(() -> PromQl.selectors("x{job=~\"core.*\"}")).hasMessageContaining("job names joined by |");
    }
}
