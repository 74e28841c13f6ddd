package dev.hybridstore.coreapi.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code /q/metrics} page (Prometheus text format) read into samples, summed by name and label. */
record PrometheusText(List<Sample> samples) {

    private static final Pattern LABEL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Sample(String name, Map<String, String> labels, double value) {
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.indexOf(' ');
            Map<String, String> labels = new HashMap<>();
            String name;
            String rest;
            if (brace >= 0 && (space < 0 || brace < space)) {
                int close = line.lastIndexOf('}');
                name = line.substring(0, brace);
                Matcher m = LABEL.matcher(line.substring(brace + 1, close));
                while (m.find()) {
                    labels.put(m.group(1), m.group(2));
                }
                rest = line.substring(close + 1).strip();
            } else {
                name = line.substring(0, space);
                rest = line.substring(space + 1).strip();
            }
            // A sample may carry a timestamp after its value.
            String value = rest.split("\\s+")[0];
            samples.add(new Sample(name, labels, Double.parseDouble(value)));
        }
        return new PrometheusText(samples);
    }

    /** The sum of the series called {@code name} whose labels include {@code match} (NaN gauges count as absent). */
    double sum(String name, Map<String, String> match) {
        return samples.stream().filter(s -> s.name.equals(name) && s.labels.entrySet().containsAll(match.entrySet()))
                .mapToDouble(Sample::value).filter(v -> !Double.isNaN(v)).sum();
    }

    double sum(String name) {
        return sum(name, Map.of());
    }

    /** The series called {@code name}, summed per value of {@code label}. */
    Map<String, Double> sumBy(String name, String label) {
        Map<String, Double> sums = new HashMap<>();
        samples.stream().filter(s -> s.name.equals(name) && s.labels.containsKey(label) && !Double.isNaN(s.value))
                .forEach(s -> sums.merge(s.labels.get(label), s.value, Double::sum));
        return sums;
    }
}
