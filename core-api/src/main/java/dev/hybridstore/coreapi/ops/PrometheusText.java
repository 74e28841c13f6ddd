package dev.hybridstore.coreapi.ops;

import dev.hybridstore.model.metrics.MetricSample;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@code /q/metrics} page (Prometheus text format) read into samples, summed by name and label. */
record PrometheusText(List<MetricSample> samples) {

    static PrometheusText parse(String text) {
        return new PrometheusText(MetricSample.parse(text));
    }

    /** The sum of the series called {@code name} whose labels include {@code match} (NaN gauges count as absent). */
    double sum(String name, Map<String, String> match) {
        return samples.stream().filter(s -> s.of(name, match))
                .mapToDouble(MetricSample::value).filter(v -> !Double.isNaN(v)).sum();
    }

    double sum(String name) {
        return sum(name, Map.of());
    }

    /** The series called {@code name}, summed per value of {@code label}. */
    Map<String, Double> sumBy(String name, String label) {
        Map<String, Double> sums = new HashMap<>();
        samples.stream().filter(s -> s.name().equals(name) && s.labels().containsKey(label) && !Double.isNaN(s.value()))
                .forEach(s -> sums.merge(s.labels().get(label), s.value(), Double::sum));
        return sums;
    }
}
