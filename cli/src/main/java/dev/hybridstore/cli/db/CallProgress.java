package dev.hybridstore.cli.db;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hybridstore.cli.output.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * While an admin call runs for more than a second: the time elapsed, and core-api's log lines about the operation (one
 * per migration script, backup or restore step) when its log is on this machine, in either format (LOG_FORMAT text or
 * json). On a terminal the time is one line rewritten in place; elsewhere (a log, CI) a line every 5 seconds.
 */
final class CallProgress {

    private static final Pattern ABOUT = Pattern.compile("Migration V|Undo |Backup |Restore of|: (pg_dump|pg_restore|sha256|anonymize"
            + "|create database|extensions|verify sha256|read contents) done");
    /** Quarkus's console prefix: date and time, level, [category] (thread) [traceId,spanId] (absent before traces). */
    private static final Pattern PREFIX = Pattern.compile("^[0-9-]+ [0-9:.]+ +[A-Z]+ +\\[[^]]*] \\([^)]*\\) (\\[[0-9a-f]*,[0-9a-f]*] )?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Progress progress;
    private final Optional<Path> log;
    private long offset;

    CallProgress(PrintWriter err, Optional<Path> log, boolean terminal) {
        this.progress = new Progress(err, terminal, Duration.ofSeconds(5));
        this.log = log;
        this.offset = log.map(CallProgress::size).orElse(0L);
    }

    <T> T await(CompletableFuture<T> call) throws InterruptedException, ExecutionException {
        long start = System.nanoTime();
        while (true) {
            try {
                T result = call.get(1, TimeUnit.SECONDS);
                progress.clear();
                return result;
            } catch (TimeoutException stillRunning) {
                showLogLines();
                progress.update("    ... " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + "s");
            } catch (ExecutionException | InterruptedException e) {
                progress.clear();
                throw e;
            }
        }
    }

    private void showLogLines() {
        if (log.isEmpty()) {
            return;
        }
        long size = size(log.get());
        if (size < offset) {
            offset = 0; // the log was rotated or truncated
        }
        if (size == offset) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.get().toFile(), "r")) {
            file.seek(offset);
            byte[] added = new byte[(int) Math.min(size - offset, 1 << 20)];
            file.readFully(added);
            String text = new String(added, StandardCharsets.UTF_8);
            int complete = text.lastIndexOf('\n') + 1; // a line still being written is read next time
            offset += text.substring(0, complete).getBytes(StandardCharsets.UTF_8).length;
            text.substring(0, complete).lines().map(CallProgress::message).filter(message -> ABOUT.matcher(message).find())
                    .forEach(message -> progress.note("    " + message));
        } catch (IOException e) {
            // The log is a courtesy: without it the elapsed time still shows.
        }
    }

    /** A log line's message: the "message" of a JSON line, the text after the prefix of a console line. */
    private static String message(String line) {
        if (line.startsWith("{")) {
            try {
                return JSON.readTree(line).path("message").asText();
            } catch (IOException e) {
                return line;
            }
        }
        return PREFIX.matcher(line).replaceFirst("");
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
