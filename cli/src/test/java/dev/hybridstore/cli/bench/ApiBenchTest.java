package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiBenchTest {

    @Test
    void countsCacheUsersHitsAndMissesButNotBypassesAndTheFallbacks() {
        ApiBench.CacheReads reads = ApiBench.CacheReads.parse(Samples.read("core-api-metrics.txt"));

        assertThat(reads).isEqualTo(new ApiBench.CacheReads(14, 655, 1037));
    }

    @Test
    void thePhasesReadsAreTheDifferenceOfTwoScrapes() {
        ApiBench.CacheReads before = new ApiBench.CacheReads(14, 655, 1037);

        assertThat(new ApiBench.CacheReads(1014, 660, 1037).minus(before)).isEqualTo(new ApiBench.CacheReads(1000, 5, 0));
    }

    @Test
    void reportPutsEachFigureBesideTheLimitsOfTheSameRun() {
        Wrk.Result hit = new Wrk.Result(27_373, 2.1, 5.0, 8.9, 0, 0, 410_000);
        Wrk.Result paced = new Wrk.Result(6_687, 1.1, 3.0, 7.5, 0, 0, 100_000);
        Wrk.Result database = new Wrk.Result(19_314, 3.2, 6.0, 8.6, 0, 0, 290_000);
        Wrk.Result floor = new Wrk.Result(34_504, 1.5, 4.0, 6.9, 0, 0, 517_000);
        RedisBenchmark.Result redis = new RedisBenchmark.Result(67_272, 0.5, 1.0, 1.5);

        String report = ApiBench.report(hit, paced, 8, database, floor, redis, null, new ApiBench.CacheReads(990, 10, 0), 64);

        assertThat(report).contains("cache hit vs PostgreSQL: 1.4x the throughput, p99 1.0x lower",
                "cache hit vs the HTTP floor: 79% of its throughput, p99 8.900 vs 6.900 ms",
                "cache hit vs raw Redis HGET: 41% of its throughput, p99 8.900 vs 1.500 ms",
                "hit ratio during phase 1: 99.0% (990 hits, 10 misses; Redis unavailable for 0 commands)",
                "at saturation NOT met (p99 8.900 ms", "paced, at 24% of the saturated rate: NOT met (p99 7.500 ms)",
                "/api/questions/search: skipped");
    }
}
