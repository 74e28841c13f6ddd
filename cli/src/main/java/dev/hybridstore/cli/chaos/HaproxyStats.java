package dev.hybridstore.cli.chaos;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** haproxy's stats CSV ({@code /stats;csv}), read for one server's check status: UP, DOWN, "DOWN 1/2", ... */
final class HaproxyStats {

    private HaproxyStats() {
    }

    static Optional<String> status(String csv, String backend, String server) {
        List<String> lines = csv.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("# ")) {
            return Optional.empty();
        }
        List<String> header = Arrays.asList(lines.get(0).substring(2).split(",", -1));
        int px = header.indexOf("pxname");
        int sv = header.indexOf("svname");
        int status = header.indexOf("status");
        return lines.stream().skip(1).map(l -> l.split(",", -1))
                .filter(f -> f.length > status && f[px].equals(backend) && f[sv].equals(server)).map(f -> f[status]).findFirst();
    }

    /** Marked down: haproxy sends it nothing ("DOWN"; "DOWN 1/2" is on its way back up, still without traffic). */
    static boolean down(String status) {
        return status.startsWith("DOWN") || status.startsWith("MAINT");
    }
}
