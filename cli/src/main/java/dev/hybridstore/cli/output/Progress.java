package dev.hybridstore.cli.output;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A progress line for something that runs a while: on a terminal one line rewritten in place at every update; elsewhere
 * (a log, CI) the update is printed as its own line at most once per interval, so a log does not fill with ticks.
 */
public final class Progress {

    private final PrintWriter out;
    private final boolean terminal;
    private final long everyNanos;
    private long lastPrinted;
    private boolean showing;

    public Progress(PrintWriter out, boolean terminal, Duration every) {
        this.out = out;
        this.terminal = terminal;
        this.everyNanos = every.toNanos();
        this.lastPrinted = System.nanoTime();
    }

    /** Whether this process writes to a terminal (then progress rewrites its line). */
    public static boolean onTerminal() {
        return System.console() != null;
    }

    public void update(String line) {
        if (terminal) {
            out.print("\r" + line + "\033[K");
            showing = true;
        } else if (System.nanoTime() - lastPrinted >= everyNanos) {
            out.println(line);
            lastPrinted = System.nanoTime();
        }
        out.flush();
    }

    /** A line that stays, printed above the progress line. */
    public void note(String line) {
        clear();
        out.println(line);
        out.flush();
    }

    /** Removes the progress line (on a terminal), leaving the cursor at the start of an empty line. */
    public void clear() {
        if (showing) {
            out.print("\r\033[K");
            out.flush();
            showing = false;
        }
    }
}
