package dev.hybridstore.testsupport;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A /q/metrics page (Prometheus text format): the names of its series and their samples. */
public record MetricsPage(String text) {

    /** Every series name on the page ({@code x_total}, {@code x_count}, {@code x_sum}, {@code x_max}, ... as written). */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> names.add(name(line)));
        return names;
    }

    /** The value of the first sample of the series named {@code name}, if the page has one. */
    public Optional<Double> value(String name) {
        return text.lines().filter(line -> !line.startsWith("#") && !line.isBlank() && name(line).equals(name)).findFirst()
                .map(MetricsPage::sample);
    }

    /** The sum of the samples of the series named {@code name} that carry every label given as {@code key="value"}. */
    public double sum(String name, String... labels) {
        return text.lines().filter(line -> !line.startsWith("#") && !line.isBlank() && name(line).equals(name))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(MetricsPage::sample).sum();
    }

    /** A line's value: after the name and labels, before an exemplar ({@code  # {trace_id="…"} 1.0 1796462437.782}). */
    private static double sample(String line) {
        int exemplar = line.indexOf(" # ");
        String sample = exemplar < 0 ? line : line.substring(0, exemplar);
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    private static String name(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
            end++;
        }
        return line.substring(0, end);
    }
}
