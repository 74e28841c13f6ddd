package dev.hybridstore.coreapi.ops;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the other services' instances over HTTP (the JDK's asynchronous client: no thread waits). An instance that does
 * not answer 200 in time is down for this sample; the first failure of an outage is logged once.
 */
@Singleton
class Instances {

    private final HttpClient client;
    private final Duration timeout;
    private final Set<String> down = ConcurrentHashMap.newKeySet();

    Instances(OpsConfig config) {
        this.timeout = config.timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** One instance's {@code /q/metrics}; empty when it is down. */
    Uni<Scrape> metrics(String service, String baseUrl) {
        return get(baseUrl + "/q/metrics").map(body -> new Scrape(service, baseUrl, body.map(PrometheusText::parse)));
    }

    /** The body of a 200 answer to GET {@code url}, or empty when the instance is down or answers anything else. */
    Uni<Optional<String>> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        return Uni.createFrom().completionStage(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    if (down.remove(url)) {
                        Log.infof("Ops page: %s answers again", url);
                    }
                    return Optional.of(response.body());
                })
                .onFailure().recoverWithItem(e -> {
                    if (down.add(url)) {
                        Log.warnf("Ops page: %s is down (%s); shown as down until it answers", url, e.getClass().getSimpleName());
                    }
                    return Optional.empty();
                });
    }

    /** An instance's metrics page, or none when it was down. */
    record Scrape(String service, String url, Optional<PrometheusText> metrics) {

        boolean up() {
            return metrics.isPresent();
        }
    }
}
