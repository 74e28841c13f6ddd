package dev.hybridstore.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringFilesTest {

    @TempDir
    Path root;

    @Test
    void aRuleOrAPanelReadingAMetricTheServiceLacksIsReportedWithWhereItIsRead() throws IOException {
        write("infra/prometheus/rules/r.yml", """
                groups:
                  - name: g
                    rules:
                      - alert: Stuck
                        expr: rate(hybridstore_orders_stored_total{job="order-consumer"}[5m]) == 0 and hybridstore_ready == 0
                """);
        write("infra/grafana/dashboards/d.json", """
                {"panels": [{"type": "row", "title": "order-consumer", "panels": [
                  {"title": "Lag", "targets": [{"expr": "max(kafka_consumer_fetch_manager_records_lag{job=\\"order-consumer\\"})"}]}]},
                  {"title": "Fallbacks", "targets": [{"expr": "rate(hybridstore_coreapi_redis_fallbacks_total{job=\\"core-api\\"}[5m])"}]}]}
                """);
        List<MonitoringFiles.Reference> references = MonitoringFiles.read(root);
        MetricsPage page = new MetricsPage("""
                # TYPE hybridstore_orders_stored counter
                hybridstore_orders_stored_total 3.0
                hybridstore_ready 1.0
                """);

        assertThat(MonitoringFiles.missing(references, "order-consumer", page)).extracting(Object::toString)
                .containsExactly("kafka_consumer_fetch_manager_records_lag (infra/grafana/dashboards/d.json, panel \"Lag\")");
        assertThat(MonitoringFiles.missing(references, "core-api", page)).extracting(Object::toString)
                .containsExactly("hybridstore_coreapi_redis_fallbacks_total (infra/grafana/dashboards/d.json, panel \"Fallbacks\")");
        assertThat(MonitoringFiles.missing(references, "cache-worker", page)).as("a meter of every service, exposed").isEmpty();
    }

    @Test
    void everyShippedSelectorNamesOneOfTheFourServicesOrNone() {
        List<MonitoringFiles.Reference> shipped = MonitoringFiles.shipped();

        Set<String> jobs = new HashSet<>();
        shipped.forEach(r -> jobs.addAll(r.selector().jobs()));
        assertThat(jobs).as("jobs named by the rules and panels").isSubsetOf(MonitoringFiles.SERVICES);
        for (String service : MonitoringFiles.SERVICES) {
            assertThat(shipped).as("references to %s's metrics", service).anyMatch(r -> r.selector().jobs().contains(service));
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
