package dev.hybridstore.testsupport;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory span exporter for a service's tests: the spans of a trace, once ended and exported. It keeps the newest
 * {@value #KEPT} spans only, so a long test run does not fill the heap. A bean in the tests of a service whose
 * application.properties indexes test-support ({@code %test.quarkus.index-dependency.test-support.*}).
 */
@Singleton
public final class RecentSpans implements SpanExporter {

    static final int KEPT = 20_000;

    private final Deque<SpanData> spans = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();

    /** A W3C traceparent header of a new sampled trace, as a caller would send it: 00-traceId-spanId-01. */
    public static String newTraceparent() {
        return "00-" + hex(16) + "-" + hex(8) + "-01";
    }

    /** The trace id of a traceparent header value. */
    public static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The exported spans of this trace, oldest first. */
    public List<SpanData> ofTrace(String traceId) {
        return spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList();
    }

    /** Every exported span that names this attribute value, e.g. an order id. */
    public List<SpanData> withAttribute(String key, String value) {
        AttributeKey<String> attribute = AttributeKey.stringKey(key);
        return spans.stream().filter(s -> value.equals(s.getAttributes().get(attribute))).toList();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
        for (SpanData span : batch) {
            spans.addLast(span);
            if (size.incrementAndGet() > KEPT && spans.pollFirst() != null) {
                size.decrementAndGet();
            }
        }
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
