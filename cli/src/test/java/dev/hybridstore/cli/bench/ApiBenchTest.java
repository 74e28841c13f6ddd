package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
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

    @Test
    void intakeReportSetsTheCpuCeilingOfAnOrderBesideTheFloor() {
        Wrk.Result placed = new Wrk.Result(400, 100, 300, 400, 0, 0, 3_200);
        Wrk.Result batched = new Wrk.Result(2, 400, 500, 600, 0, 0, 16);
        Wrk.Result floor = new Wrk.Result(8_000, 5, 20, 40, 0, 0, 64_000);
        Map<String, StackCpu.Usage> spent = new LinkedHashMap<>();
        spent.put("HTTP floor", new StackCpu.Usage(Map.of("core-api", 0.2), 1.0, 8_000, 2));
        spent.put("order intake", new StackCpu.Usage(Map.of("core-api", 2.0, "kafka", 2.0), 0.9, 400, 2));

        String report = ApiBench.intakeReport(placed, batched, floor, null, spent);

        assertThat(report).contains("order intake vs the HTTP floor: 0.05 of its throughput, p99 10.0x the floor's",
                "aim: intake >= 0.5 of the floor with p99 <= 2x the floor's: NOT met",
                "the stack spends 4.000 ms of CPU per order against 0.200 ms per floor request (20.0x), so 2 cores allow at most 500 "
                        + "orders/s, 0.06 of the floor measured; intake ran at 0.80 of that ceiling");
    }
}
