package dev.hybridstore.model.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sample of a service's {@code /q/metrics} page (Prometheus text format): its series name, labels and value. What
 * may follow the value is left out: a timestamp, and the exemplar Micrometer appends while a span is current
 * ({@code 46.0 # {span_id="…",trace_id="…"} 1.0 1796463966.219}), whose last number is a time, not the value.
 */
public record MetricSample(String name, Map<String, String> labels, double value) {

    private static final Pattern LABEL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Whether this is a sample of the series {@code series} carrying every one of {@code labels}. */
    public boolean of(String series, Map<String, String> labels) {
        return name.equals(series) && this.labels.entrySet().containsAll(labels.entrySet());
    }

    /** Every sample of the page, in order; comments and blank lines are skipped. */
    public static List<MetricSample> parse(String page) {
        List<MetricSample> samples = new ArrayList<>();
        for (String line : page.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                samples.add(parseLine(line.strip()));
            }
        }
        return samples;
    }

    static MetricSample parseLine(String line) {
        int nameEnd = 0;
        while (nameEnd < line.length() && line.charAt(nameEnd) != '{' && !Character.isWhitespace(line.charAt(nameEnd))) {
            nameEnd++;
        }
        Map<String, String> labels = new HashMap<>();
        int rest = nameEnd;
        if (nameEnd < line.length() && line.charAt(nameEnd) == '{') {
            rest = labelsEnd(line, nameEnd + 1);
            Matcher m = LABEL.matcher(line.substring(nameEnd + 1, rest - 1));
            while (m.find()) {
                labels.put(m.group(1), m.group(2));
            }
        }
        String value = line.substring(rest).strip().split("\\s+")[0];
        return new MetricSample(line.substring(0, nameEnd), labels, Double.parseDouble(value));
    }

    /** The index just past the '}' that closes the label set opened before {@code from}: a '}' inside a quoted value does not. */
    private static int labelsEnd(String line, int from) {
        boolean quoted = false;
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '}' && !quoted) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed label set: " + line);
    }
}
