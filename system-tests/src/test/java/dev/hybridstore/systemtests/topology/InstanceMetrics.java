package dev.hybridstore.systemtests.topology;

import static io.restassured.RestAssured.given;

import dev.hybridstore.testsupport.MetricsPage;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** A series read from each instance's /q/metrics: what the instances did between two readings, one by one or summed. */
public final class InstanceMetrics {

    private InstanceMetrics() {
    }

    /** The series' value on each instance, in the order of {@code urls} (only samples with every one of the labels). */
    public static List<Double> each(List<String> urls, String series, Map<String, String> labels) {
        return urls.stream().map(url -> new MetricsPage(given().baseUri(url).when().get("/q/metrics").then().statusCode(200)
                .extract().asString()).sum(series, labels)).toList();
    }

    public static double sum(List<String> urls, String series, Map<String, String> labels) {
        return each(urls, series, labels).stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Per instance, {@code after - before}. */
    public static List<Double> delta(List<Double> before, List<Double> after) {
        return IntStream.range(0, before.size()).mapToObj(i -> after.get(i) - before.get(i)).toList();
    }
}
