package dev.hybridstore.coreapi.ops;

import dev.hybridstore.coreapi.ops.OpsViews.Point;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The plotted series over the window: each sample's running totals turned into rates against the sample before. */
class OpsHistory {

    /** Running totals and levels of one sample; null where the source did not answer. */
    record Sample(Instant at, Long accepted, Long stored, Long lag, Long dlqRecords, double cacheHits, double cacheMisses,
            double redisFallbacks, double slowQueries, Long agingBacklog, Long embeddingBacklog, Long dbSizeBytes) {
    }

    private final Duration window;
    private final Deque<Point> points = new ArrayDeque<>();
    private Sample last;

    OpsHistory(Duration window) {
        this.window = window;
    }

    synchronized Point add(Sample now) {
        Point point = point(last, now);
        last = now;
        points.addLast(point);
        Instant oldest = now.at().minus(window);
        while (points.getFirst().at().isBefore(oldest)) {
            points.removeFirst();
        }
        return point;
    }

    synchronized List<Point> points() {
        return List.copyOf(points);
    }

    static Point point(Sample before, Sample now) {
        double seconds = before == null ? 0 : Duration.between(before.at(), now.at()).toNanos() / 1e9;
        Sample b = before == null ? now : before;
        Double hits = rate(b.cacheHits(), now.cacheHits(), 1);
        Double misses = rate(b.cacheMisses(), now.cacheMisses(), 1);
        Double hitRatio = hits == null || misses == null || hits + misses == 0 ? null : hits / (hits + misses);
        return new Point(now.at(), rate(b.accepted(), now.accepted(), seconds), rate(b.stored(), now.stored(), seconds), now.lag(),
                rate(b.dlqRecords(), now.dlqRecords(), seconds), before == null ? null : hitRatio,
                rate(b.redisFallbacks(), now.redisFallbacks(), seconds), now.agingBacklog(), now.embeddingBacklog(),
                now.dbSizeBytes(), rate(b.slowQueries(), now.slowQueries(), seconds));
    }

    /**
     * The increase per second; null without both totals, on the first sample, or when a total went down (an instance
     * restarted or stopped answering, so the sum is not comparable).
     */
    private static Double rate(Number before, Number now, double seconds) {
        if (before == null || now == null || seconds <= 0 || now.doubleValue() < before.doubleValue()) {
            return null;
        }
        return (now.doubleValue() - before.doubleValue()) / seconds;
    }
}
