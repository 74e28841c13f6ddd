package dev.hybridstore.aiworker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchResultTest {

    @Test
    void withEveryCoreOnInferenceTheIndexWriteLowersTheBound() {
        // 2 threads on 2 cores: a row costs 2/370 s of inference plus 1/750 s of PostgreSQL → 296.8 rows/s at most
        BenchResult r = BenchResult.of("m", 4000, 2, 2, 370, 272.4, 750);

        assertThat(r.cpuBoundRowsPerSecond()).isEqualTo(296.8);
        assertThat(r.ratio()).isEqualTo(0.74);
        assertThat(r.ratioOfBound()).isEqualTo(0.92);
    }

    @Test
    void aSpareCoreAbsorbsTheIndexWriteSoTheBoundIsTheRawModel() {
        BenchResult r = BenchResult.of("m", 4000, 1, 2, 200, 182, 750);

        assertThat(r.cpuBoundRowsPerSecond()).isEqualTo(200.0);
        assertThat(r.ratioOfBound()).isEqualTo(r.ratio()).isEqualTo(0.91);
    }
}
