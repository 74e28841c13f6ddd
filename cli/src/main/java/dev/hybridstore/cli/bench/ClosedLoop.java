package dev.hybridstore.cli.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.DoubleStream;

/**
 * HTTP load from this JVM, for what wrk cannot report: each answer's latency by its status, so admitted (2xx) and shed
 * (503) answers are ranked apart. A closed loop: each of N connections (a thread with its own HTTP/1.1 connection) sends GET {@code <prefix><id>}, an id drawn at random, as soon as its previous answer came.
 */
final class ClosedLoop {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Latencies in ms of the 2xx and of the 503 answers; other statuses and transport errors counted. */
    record Result(int connections, double seconds, Percentiles ok, Percentiles shed, long other, long errors) {

        double okPerSecond() {
            return ok.count() / seconds;
        }

        double shedPerSecond() {
            return shed.count() / seconds;
        }

        double shedShare() {
            long all = ok.count() + shed.count() + other + errors;
            return all == 0 ? 0 : (double) shed.count() / all;
        }
    }

    private ClosedLoop() {
    }

    static Result run(String baseUrl, String prefix, List<String> ids, int connections, int seconds) throws InterruptedException {
        // A client per run: each run opens its own connections, none left over from the run before.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        ExecutorService users = Executors.newFixedThreadPool(connections);
        try {
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            List<Future<Answers>> running = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                Random random = new Random(i);
                running.add(users.submit(() -> loop(http, baseUrl + prefix, ids, random, end)));
            }
            Answers all = new Answers();
            for (Future<Answers> one : running) {
                all.add(one.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            return new Result(connections, elapsed, Percentiles.of(all.ok.build().toArray()), Percentiles.of(all.shed.build().toArray()),
                    all.other, all.errors);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a load thread failed", e.getCause());
        } finally {
            users.shutdownNow();
        }
    }

    private static Answers loop(HttpClient http, String prefix, List<String> ids, Random random, long end) throws InterruptedException {
        Answers answers = new Answers();
        while (System.nanoTime() < end) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(prefix + ids.get(random.nextInt(ids.size())))).timeout(TIMEOUT).GET().build();
            long sent = System.nanoTime();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                double ms = (System.nanoTime() - sent) / 1e6;
                if (status / 100 == 2) {
                    answers.ok.add(ms);
                } else if (status == 503) {
                    answers.shed.add(ms);
                } else {
                    answers.other++;
                }
            } catch (IOException e) {
                answers.errors++;
            }
        }
        return answers;
    }

    /** One connection's answers; merged once the run is over. */
    private static final class Answers {
        DoubleStream.Builder ok = DoubleStream.builder();
        DoubleStream.Builder shed = DoubleStream.builder();
        long other;
        long errors;

        void add(Answers more) {
            more.ok.build().forEach(ok);
            more.shed.build().forEach(shed);
            other += more.other;
            errors += more.errors;
        }
    }
}
