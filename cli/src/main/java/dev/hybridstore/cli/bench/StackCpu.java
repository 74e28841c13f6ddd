package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.output.Table;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Where a load phase's CPU goes: the CPU time (utime + stime in /proc/PID/stat) each process of the stack spent during
 * the phase, per request served, and the rate the host's cores would allow if that were all a request cost. A phase
 * that runs well below that ceiling while the host is busy is CPU-bound across processes; one below it on an idle host
 * waits on something else (an acknowledgement, a lock). Read from the suite's pid files (HYBRIDSTORE_CLI_PID_DIR).
 */
final class StackCpu {

    /** A group of processes, named after their pid files: {@code kafka} covers kafka1.pid, kafka2.pid, ... */
    private static final List<String> GROUPS = List.of("core-api", "kafka", "order-consumer", "postgres", "redis", "cache-worker", "ai-worker");
    private static final String LOAD = "wrk (the load)";
    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture. */
    private static final int CLOCK_TICKS = 100;

    private final Path pidDir;
    private final Path proc;
    private final int cores;

    StackCpu(Path pidDir, Path proc, int cores) {
        this.pidDir = pidDir;
        this.proc = proc;
        this.cores = cores;
    }

    /** The suite's stack on this machine, or empty when the CLI does not know its pid files. */
    static Optional<StackCpu> of(Optional<Path> pidDir) {
        return pidDir.filter(Files::isDirectory).map(dir -> new StackCpu(dir, Path.of("/proc"), Runtime.getRuntime().availableProcessors()));
    }

    /** CPU ticks so far by group, the load generator and the whole host, with the time they were read. */
    record Sample(Map<String, Long> ticks, long hostBusy, long nanos) {
    }

    /** One phase: CPU ms per request by group (the load generator last), the host's busy share, the rate measured. */
    record Usage(Map<String, Double> msPerRequest, double hostBusyShare, double requestsPerSecond, int cores) {

        double stackMs() {
            return msPerRequest.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** Requests per second the cores allow when a request costs {@link #stackMs()} of CPU and nothing else runs. */
        double ceiling() {
            return stackMs() == 0 ? 0 : cores * 1000 / stackMs();
        }
    }

    Sample sample() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        Map<Long, Stat> all = processes();
        for (String group : GROUPS) {
            long sum = 0;
            for (long pid : pids(group)) {
                Stat stat = all.get(pid);
                if (stat == null) {
                    continue;
                }
                // The postmaster's backends are its children: the live ones by their own stat, the ended ones in its cutime.
                sum += stat.own() + (group.equals("postgres") ? stat.children()
                        + all.values().stream().filter(s -> s.ppid() == pid).mapToLong(Stat::own).sum() : 0);
            }
            ticks.put(group, sum);
        }
        // wrk is this CLI's child, waited for before a phase's after-sample: its CPU is in our cutime + cstime.
        ticks.put(LOAD, read(proc.resolve("self/stat")).map(Stat::parse).map(Stat::children).orElse(0L));
        return new Sample(ticks, hostBusy(read(proc.resolve("stat")).orElse("")), System.nanoTime());
    }

    Usage since(Sample before, long requests, double requestsPerSecond) {
        return usage(before, sample(), requests, requestsPerSecond, cores);
    }

    static Usage usage(Sample before, Sample after, long requests, double requestsPerSecond, int cores) {
        Map<String, Double> ms = new LinkedHashMap<>();
        after.ticks().forEach((group, t) -> ms.put(group, requests == 0 ? 0 : (t - before.ticks().get(group)) * 1000.0 / CLOCK_TICKS / requests));
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        double busy = seconds == 0 ? 0 : (after.hostBusy() - before.hostBusy()) / (double) CLOCK_TICKS / (seconds * cores);
        return new Usage(ms, busy, requestsPerSecond, cores);
    }

    /**
     * The phases side by side: CPU ms per request of each group, their sum, the ceiling that sum allows on the host's
     * cores beside the measured rate, and how busy the host was (other processes, too).
     */
    static String report(Map<String, Usage> phases) {
        List<String> headers = new ArrayList<>(List.of("CPU ms per request"));
        headers.addAll(phases.keySet());
        Table table = new Table(headers.toArray(String[]::new));
        Usage first = phases.values().iterator().next();
        for (String group : first.msPerRequest().keySet()) {
            table.row(cells(group, phases, u -> f("%.3f", u.msPerRequest().get(group))));
        }
        table.row(cells("sum (all of the above)", phases, u -> f("%.3f", u.stackMs())));
        table.row(cells("ceiling on " + first.cores() + " cores, req/s", phases, u -> f("%.0f", u.ceiling())));
        table.row(cells("measured req/s", phases, u -> f("%.0f", u.requestsPerSecond())));
        table.row(cells("measured / ceiling", phases, u -> f("%.2f", u.ceiling() == 0 ? 0 : u.requestsPerSecond() / u.ceiling())));
        table.row(cells("host cores busy, share (all processes)", phases, u -> f("%.2f", u.hostBusyShare())));
        return table.indented() + """
                    Near its ceiling with the cores busy, a phase is CPU-bound; well below it with cores idle, it waits on something
                    (an acknowledgement, a lock). Cores busy beyond the stack's sum × measured req/s are other processes on the host.
                """;
    }

    private static Object[] cells(String label, Map<String, Usage> phases, Function<Usage, String> cell) {
        return Stream.concat(Stream.of(label), phases.values().stream().map(cell)).toArray();
    }

    /** The pids of a group's pid files ({@code kafka1.pid}, {@code core-api-2.pid}, {@code redis-cluster-57280.pid}, ...). */
    private List<Long> pids(String group) {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pidDir, group + "*.pid")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.substring(group.length(), name.length() - 4).matches("[a-z-]*\\d*")) {
                    read(file).map(String::strip).filter(s -> s.matches("\\d+")).map(Long::valueOf).ifPresent(pids::add);
                }
            }
        } catch (IOException e) {
            // No pid files: the group counts 0.
        }
        return pids;
    }

    private Map<Long, Stat> processes() {
        Map<Long, Stat> all = new LinkedHashMap<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path dir : dirs) {
                read(dir.resolve("stat")).map(Stat::parse).ifPresent(stat -> all.put(Long.valueOf(dir.getFileName().toString()), stat));
            }
        } catch (IOException e) {
            // No /proc: every group counts 0.
        }
        return all;
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty(); // a process that ended meanwhile
        }
    }

    /** The clock ticks the host's cores were busy: user, nice, system, irq and softirq of /proc/stat's first line. */
    static long hostBusy(String procStat) {
        String[] f = procStat.lines().findFirst().orElse("cpu").trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) {
            busy += i < f.length ? Long.parseLong(f[i]) : 0;
        }
        return busy;
    }

    /** The fields of /proc/PID/stat used here, in clock ticks. */
    record Stat(long ppid, long own, long children) {

        /** The command name (field 2) may hold spaces and parentheses, so fields are counted from its last ')'. */
        static Stat parse(String line) {
            String[] f = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
            // f[0] is field 3 (state): ppid is field 4, utime/stime 14/15, cutime/cstime 16/17.
            return new Stat(Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14]));
        }
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
