package dev.hybridstore.cli.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** A real answer of the cache-worker's POST /cache/refresh, as cache refresh prints it. */
class CycleReportTest {

    private static CycleReport report() throws IOException {
        try (InputStream in = CycleReportTest.class.getResourceAsStream("/cache/refresh.json")) {
            return CycleReport.from(new ObjectMapper().readTree(in));
        }
    }

    @Test
    void everyFieldOfEveryTableIsRead() throws IOException {
        CycleReport report = report();

        assertThat(report.durationMs()).isEqualTo(2897.8);
        assertThat(report.tables()).containsExactly(
                new CycleReport.TableReport("users", 500, 500, 0, 500, 0, "cache:users", 500, 9500),
                new CycleReport.TableReport("products", 1000, 500, 500, 1000, 0, "cache:products", 1000, 0));
    }

    @Test
    void theReportIsItsDurationAndATableRowPerCachedTable() throws IOException {
        assertThat(report().render()).isEqualTo("""
                ==> cache cycle done in 2897.8 ms
                    TABLE     CACHED  NEW  AGED  STAMPED  EVICTED  HASH            SIZE  NEVER-CACHED
                    users        500  500     0      500        0  cache:users      500          9500
                    products    1000  500   500     1000        0  cache:products  1000             0
                """);
    }
}
