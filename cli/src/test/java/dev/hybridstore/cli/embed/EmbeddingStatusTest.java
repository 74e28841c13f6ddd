package dev.hybridstore.cli.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** ai-worker's status (a real answer of GET /embeddings/status), as ./suite status and embed --backfill show it. */
class EmbeddingStatusTest {

    private static final String SWEEPING_SUMMARY = "embeddings (local:all-minilm-l6-v2-q): pending questions 136, manuals 100; "
            + "retrying 0, given up 0; a sweep is running";
    private static final long QUESTIONS_PENDING = 136;
    private static final long ALL_PENDING = 236;
    private static final String BAR_LINE = "[###############               ]  50%  236/472 rows  64.0 rows/s  ETA 0:03  retrying 0  failed 0";
    private static final String RATE_LINE = "embedding: 64.0 rows/s  retrying 0  failed 0  (7s)";

    private static EmbeddingStatus status(String name) throws IOException {
        try (InputStream in = EmbeddingStatusTest.class.getResourceAsStream("/embed/" + name)) {
            return EmbeddingStatus.from(new ObjectMapper().readTree(in));
        }
    }

    @Test
    void theSummaryNamesTheModelThePendingRowsPerSourceRetryingAndGivenUp() throws IOException {
        assertThat(status("status-sweeping.json").summary()).isEqualTo(SWEEPING_SUMMARY);
    }

    @Test
    void pendingRowsAreCountedForOneSourceOrForAll() throws IOException {
        EmbeddingStatus status = status("status-sweeping.json");

        assertThat(status.pending(Optional.of("questions"))).isEqualTo(QUESTIONS_PENDING);
        assertThat(status.pending(Optional.empty())).isEqualTo(ALL_PENDING);
        assertThat(status.pending(Optional.of("no-such-source"))).isZero();
    }

    @Test
    void theProgressLineShowsABarRowsDoneRateAndEtaWhenTheTotalIsKnown() throws IOException {
        EmbeddingStatus status = status("status-sweeping.json");

        String line = Backfill.line(status, Optional.empty(), OptionalLong.of(ALL_PENDING * 2), 7);

        assertThat(line).isEqualTo(BAR_LINE);
    }

    @Test
    void withoutATotalTheProgressLineShowsTheRateAndTimeOnly() throws IOException {
        String line = Backfill.line(status("status-sweeping.json"), Optional.empty(), OptionalLong.empty(), 7);

        assertThat(line).isEqualTo(RATE_LINE);
    }

    @Test
    void nothingLeftIsAFullBar() throws IOException {
        EmbeddingStatus status = status("status-idle.json");

        assertThat(Backfill.line(status, Optional.empty(), OptionalLong.of(0), 1)).startsWith("[" + "#".repeat(30) + "] 100%  0/0 rows");
        assertThat(status.summary()).doesNotContain("a sweep is running");
    }
}
