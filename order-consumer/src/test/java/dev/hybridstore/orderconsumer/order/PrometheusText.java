package dev.hybridstore.orderconsumer.order;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from a /q/metrics page. */
final class PrometheusText {

    private PrometheusText() {
    }

    /** The first sample of the named series, 0 when absent (a counter not yet registered or incremented). */
    static double value(String page, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? ([0-9.Ee+-]+)$").matcher(page);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
