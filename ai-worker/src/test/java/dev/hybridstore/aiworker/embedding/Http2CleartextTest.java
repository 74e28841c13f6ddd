package dev.hybridstore.aiworker.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The JDK's HTTP client offers an HTTP/2 cleartext upgrade on its first plain-http request. A bodiless POST on that
 * connection (the CLI's backfill call) was a 500 "Request has already been read" while the services accepted h2c.
 */
@QuarkusTest
class Http2CleartextTest {

    @Test
    void aBackfillAskedByAClientThatOffersHttp2IsAccepted() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        String base = "http://localhost:" + RestAssured.port;
        HttpResponse<String> status = client.send(HttpRequest.newBuilder(URI.create(base + "/embeddings/status")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> backfill = client.send(HttpRequest.newBuilder(URI.create(base + "/embeddings/backfill"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        assertThat(backfill.statusCode()).as(backfill.body()).isEqualTo(202);
        assertThat(backfill.body()).contains("\"started\"");
    }
}
