package dev.hybridstore.cli.embed;

import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.output.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Asks an ai-worker to embed every pending row now and follows its status once a second until the sweep ends. */
public final class Backfill {

    private static final int BAR = 30;

    private final Api api;
    private final PrintWriter out;
    private final boolean terminal;

    public Backfill(Api api, PrintWriter out, boolean terminal) {
        this.api = api;
        this.out = out;
        this.terminal = terminal;
    }

    public static EmbeddingStatus status(Api api, String worker) throws InterruptedException {
        try {
            Api.Answer answer = api.get(URI.create(worker + "/embeddings/status"));
            if (answer.status() != 200) {
                throw new CommandFailure("ai-worker's status at " + worker + " failed (HTTP " + answer.status() + "): " + answer.why());
            }
            return EmbeddingStatus.from(answer.body());
        } catch (IOException e) {
            throw new CommandFailure("ai-worker is not answering on " + worker + " (./suite up starts it)");
        }
    }

    /** {@code source} and {@code where} (column=value) narrow the sweep as the worker's backfill endpoint does. */
    public void run(String worker, Optional<String> source, List<String> where) throws InterruptedException {
        // The backlog is counted per source; a --where narrows the work below what the bar could measure.
        OptionalLong total = where.isEmpty() ? OptionalLong.of(status(api, worker).pending(source)) : OptionalLong.empty();
        List<String> params = new ArrayList<>();
        source.ifPresent(s -> params.addAll(List.of("source", s)));
        where.forEach(w -> params.addAll(List.of("where", w)));
        Api.Answer answer;
        try {
            answer = api.trigger(URI.create(worker + Api.query("/embeddings/backfill", params.toArray(String[]::new))));
        } catch (IOException e) {
            throw new CommandFailure("backfill request to " + worker + " failed: " + e.getMessage());
        }
        if (answer.status() != 202) {
            throw new CommandFailure("backfill refused (" + answer.status() + "): " + answer.why());
        }
        if (!answer.body().path("started").asBoolean()) {
            out.println("==> a sweep is already running: following it");
        }
        out.println("==> embedding " + (total.isPresent() ? total.getAsLong() : "the matching") + " pending rows via " + worker);
        follow(worker, source, total);
    }

    private void follow(String worker, Optional<String> source, OptionalLong total) throws InterruptedException {
        Progress progress = new Progress(out, terminal, Duration.ofSeconds(1));
        long start = System.nanoTime();
        EmbeddingStatus status;
        do {
            Thread.sleep(1000);
            try {
                status = status(api, worker);
            } catch (CommandFailure e) {
                progress.clear();
                throw e;
            }
            progress.update(line(status, source, total, seconds(start)));
        } while (status.sweeping());
        progress.clear();
        out.printf("    ok done in %ds: %d rows still pending, %d waiting to be retried, %d given up (see ./suite logs ai-worker)%n",
                seconds(start), status.pending(source), status.retrying(), status.failed());
        out.flush();
    }

    /** One progress line: a bar with rows done, rate and ETA when the total is known, else the rate alone. */
    static String line(EmbeddingStatus status, Optional<String> source, OptionalLong total, long seconds) {
        String rate = String.format("%.1f", status.embeddedPerSecond());
        if (total.isEmpty()) {
            return String.format("embedding: %s rows/s  retrying %d  failed %d  (%ds)", rate, status.retrying(), status.failed(), seconds);
        }
        long all = total.getAsLong();
        long backlog = status.pending(source);
        long done = Math.max(all - backlog, 0);
        long percent = all > 0 ? done * 100 / all : 100;
        String eta = "--:--";
        if (status.embeddedPerSecond() > 0) {
            long left = (long) (backlog / status.embeddedPerSecond());
            eta = String.format("%d:%02d", left / 60, left % 60);
        }
        String bar = "#".repeat((int) (percent * BAR / 100));
        return String.format("[%-" + BAR + "s] %3d%%  %d/%d rows  %s rows/s  ETA %s  retrying %d  failed %d", bar, percent, done, all, rate,
                eta, status.retrying(), status.failed());
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
