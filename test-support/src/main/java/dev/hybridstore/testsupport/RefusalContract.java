package dev.hybridstore.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every service promises about requests Vert.x refuses before any resource runs: a 4xx with an
 * {@code application/problem+json} body, never a bare status. A service's {@code @QuarkusTest} extends it.
 */
public abstract class RefusalContract {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aUriOverTheLimitIsA414Problem() {
        assertProblem(RawHttp.get("/q/health/live?pad=" + "a".repeat(5000), Map.of()), 414, "URI Too Long");
    }

    @Test
    void headersOverTheLimitAreA431Problem() {
        assertProblem(RawHttp.get("/q/health/live", Map.of("X-Pad", "a".repeat(21 * 1024))), 431, "Request Header Fields Too Large");
    }

    @Test
    void aMalformedEscapeInThePathIsA400Problem() {
        assertProblem(RawHttp.get("/q/health/%zz", Map.of()), 400, "Bad Request");
    }

    @Test
    void anEscapeThatIsNotUtf8InTheQueryIsA400Problem() {
        assertProblem(RawHttp.get("/q/health/live?x=%e0%80", Map.of()), 400, "Bad Request");
    }

    @Test
    void aDeclaredBodyOverTheLimitIsA413Problem() {
        // Only the header is sent: the answer comes before any body is read.
        assertProblem(RawHttp.get("/q/health/live", Map.of("Content-Length", "2000000")), 413, "Content Too Large");
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String title) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).isEqualTo(PROBLEM);
        assertThat(answer.json().path("status").asInt()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().path("title").asText()).as(answer.toString()).isEqualTo(title);
        assertThat(answer.json().path("detail").asText()).as(answer.toString()).isNotBlank();
    }
}
