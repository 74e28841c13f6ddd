package dev.hybridstore.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackCpuTest {

    @TempDir
    Path dir;

    @Test
    void statFieldsAreCountedFromTheLastParenthesisOfTheCommandName() {
        StackCpu.Stat stat = StackCpu.Stat.parse("4242 (java (core) x) S 17 4242 4242 0 -1 4194560 1 0 0 0 250 50 7 3 20 0 40 0 1 0\n");

        assertThat(stat).isEqualTo(new StackCpu.Stat(17, 300, 10));
    }

    @Test
    void hostBusyLeavesOutIdleIowaitAndSteal() {
        assertThat(StackCpu.hostBusy("cpu  100 5 40 9000 300 2 3 70 0 0\ncpu0 1 1 1 1 1 1 1 1 0 0\n")).isEqualTo(150);
    }

    @Test
    void usageIsEachGroupsTicksPerRequestAndTheCeilingTheCoresAllow() {
        StackCpu.Sample before = new StackCpu.Sample(ticks(1_000, 500), 10_000, 0);
        // 8 s later: core-api spent 6 s of CPU and Kafka 2 s on 4,000 requests; the 2 cores were busy 12 of their 16 s.
        StackCpu.Sample after = new StackCpu.Sample(ticks(1_600, 700), 11_200, 8_000_000_000L);

        StackCpu.Usage usage = StackCpu.usage(before, after, 4_000, 500, 2);

        assertThat(usage.msPerRequest()).containsExactly(Map.entry("core-api", 1.5), Map.entry("kafka", 0.5));
        assertThat(usage.stackMs()).isEqualTo(2.0);
        assertThat(usage.ceiling()).isEqualTo(1_000);
        assertThat(usage.hostBusyShare()).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void samplesAddTheWholeGroupOfPidFilesAndThePostmastersBackends() throws IOException {
        Path pids = Files.createDirectories(dir.resolve("pids"));
        Path proc = Files.createDirectories(dir.resolve("proc"));
        Files.writeString(pids.resolve("core-api.pid"), "10\n");
        Files.writeString(pids.resolve("kafka1.pid"), "20\n");
        Files.writeString(pids.resolve("kafka2.pid"), "21\n");
        Files.writeString(pids.resolve("postgres.pid"), "30\n");
        process(proc, "10", 1, 100, 0);
        process(proc, "20", 1, 40, 0);
        process(proc, "21", 1, 2, 0);
        process(proc, "30", 1, 5, 60); // the postmaster, with 60 ticks of backends that ended
        process(proc, "31", 30, 7, 0);
        process(proc, "32", 30, 8, 0);
        process(proc, "33", 1, 1_000, 0); // not the stack's
        process(proc, "self", 1, 3, 9); // this CLI, with its waited-for wrk
        Files.writeString(proc.resolve("stat"), "cpu  1 0 0 0 0 0 0 0 0 0\n");

        StackCpu.Sample sample = new StackCpu(pids, proc, 2).sample();

        assertThat(sample.ticks()).containsEntry("core-api", 100L).containsEntry("kafka", 42L).containsEntry("postgres", 80L)
                .containsEntry("order-consumer", 0L).containsEntry("wrk (the load)", 9L);
    }

    @Test
    void reportPutsTheCeilingBesideTheMeasuredRatePerPhase() {
        Map<String, StackCpu.Usage> phases = new LinkedHashMap<>();
        phases.put("HTTP floor", new StackCpu.Usage(ms(0.05, 0), 0.98, 18_000, 2));
        phases.put("order intake", new StackCpu.Usage(ms(0.4, 0.6), 0.55, 400, 2));

        String report = StackCpu.report(phases);

        assertThat(report).containsPattern("core-api\\s+0\\.050\\s+0\\.400")
                .containsPattern("sum \\(all of the above\\)\\s+0\\.050\\s+1\\.000")
                .containsPattern("ceiling on 2 cores, req/s\\s+40000\\s+2000")
                .containsPattern("measured / ceiling\\s+0\\.45\\s+0\\.20")
                .containsPattern("host cores busy, share \\(all processes\\)\\s+0\\.98\\s+0\\.55");
    }

    private static Map<String, Long> ticks(long coreApi, long kafka) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        ticks.put("core-api", coreApi);
        ticks.put("kafka", kafka);
        return ticks;
    }

    private static Map<String, Double> ms(double coreApi, double kafka) {
        Map<String, Double> ms = new LinkedHashMap<>();
        ms.put("core-api", coreApi);
        ms.put("kafka", kafka);
        return ms;
    }

    private static void process(Path proc, String pid, long ppid, long utime, long cutime) throws IOException {
        Files.createDirectories(proc.resolve(pid));
        Files.writeString(proc.resolve(pid).resolve("stat"), pid + " (p) S " + ppid + " 1 1 0 -1 0 0 0 0 0 " + utime + " 0 " + cutime
                + " 0 20 0 1 0 1 0\n");
    }
}
