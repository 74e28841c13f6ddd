package dev.hybridstore.testsupport;

import dev.hybridstore.model.metrics.MetricSample;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A /q/metrics page (Prometheus text format): the names of its series and their samples. */
public record MetricsPage(String text) {

    /** Every series name on the page ({@code x_total}, {@code x_count}, {@code x_sum}, {@code x_max}, ... as written). */
    public Set<String> names() {
        return MetricSample.parse(text).stream().map(MetricSample::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The value of the first sample of the series named {@code name}, if the page has one. */
    public Optional<Double> value(String name) {
        return MetricSample.parse(text).stream().filter(s -> s.name().equals(name)).findFirst().map(MetricSample::value);
    }

    /** The sum of the samples of the series named {@code name} that carry every one of these labels. */
    public double sum(String name, Map<String, String> labels) {
        return MetricSample.parse(text).stream().filter(s -> s.of(name, labels))
                .mapToDouble(MetricSample::value).sum();
    }
}
