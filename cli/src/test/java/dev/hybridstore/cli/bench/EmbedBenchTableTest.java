package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ai-worker's POST /embeddings/bench answer (the figures of a run on the suite), as bench embed tabulates it. */
class EmbedBenchTableTest {

    @Test
    void eachRunIsARowWithTheWorkerBesideTheModelAloneAndTheCpuBound() throws Exception {
        var result = new ObjectMapper().readTree(Samples.read("embed-bench-1.json"));

        assertThat(EmbedBenchCommand.table(List.of(result))).isEqualTo("""
                threads  rows  raw rows/s  worker rows/s  ratio  index-write r/s  bound rows/s  of bound
                      1   200        30.5           19.7   0.65            217.0          30.5      0.65
                """);
    }
}
