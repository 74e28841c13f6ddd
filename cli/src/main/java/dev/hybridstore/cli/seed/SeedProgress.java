package dev.hybridstore.cli.seed;

import java.io.PrintWriter;

/**
 * One line per kind on stderr, a bar and the rate so far: redrawn in place on a terminal, a line per batch elsewhere.
 * <pre>orders     [#####################.........]     700000/1000000      123456 rows/s</pre>
 */
final class SeedProgress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private Kind kind;
    private long total;
    private long start;

    SeedProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    void start(Kind kind, long total) {
        this.kind = kind;
        this.total = total;
        this.start = System.nanoTime();
        if (terminal) {
            err.print(bar(0) + "\r");
            err.flush();
        }
    }

    void progress(long done) {
        if (terminal) {
            err.print(bar(done) + "\r");
        } else if (done < total) {
            err.println(bar(done));
        }
        err.flush();
    }

    void finishing() {
        if (terminal) {
            err.print(bar(total) + "  indexes...\r");
            err.flush();
        }
    }

    void done() {
        err.print(bar(total) + String.format("  %7s", seconds(start)));
        err.println(terminal ? "\033[K" : "");
        err.flush();
    }

    private String bar(long done) {
        double elapsed = Math.max(System.nanoTime() - start, 1) / 1e9;
        int filled = total > 0 ? (int) (done * WIDTH / total) : WIDTH;
        return String.format("%-10s [%s%s] %10d/%-10d %9d %s/s", kind.id(), "#".repeat(filled), ".".repeat(WIDTH - filled), done, total,
                (long) (done / elapsed), kind.unit);
    }

    /** Time since {@code start} (System.nanoTime()) as "12.3 s". */
    static String seconds(long start) {
        return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
    }
}
