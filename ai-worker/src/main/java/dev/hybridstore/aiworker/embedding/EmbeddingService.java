package dev.hybridstore.aiworker.embedding;

import dev.hybridstore.embedding.Embedder;
import dev.hybridstore.embedding.EmbeddingInputException;
import dev.hybridstore.model.event.EmbeddingRequested;
import dev.hybridstore.platform.problem.ProblemException;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Embeds rows whose embedding is missing or stale: claim a batch (a lease in embedding_states), embed it outside any
 * transaction, write vectors and hashes in one statement. Requests embed the rows they name; the sweep walks each
 * source in key order and catches whatever no request announced.
 */
@ApplicationScoped
public class EmbeddingService {

    @Inject
    Embedder embedder;
    @Inject
    EmbeddingRepository repository;
    @Inject
    SourceCatalog sources;
    @Inject
    EmbeddingWorkConfig config;
    @Inject
    EmbeddingMetrics metrics;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final Set<String> unknownSources = ConcurrentHashMap.newKeySet();

    /** Every source, unfiltered. */
    public SweepScope everything() {
        return new SweepScope(sources.all(), Map.of());
    }

    /** One source (or all), narrowed by {@code column=value} conditions on its declared filter columns; 400 otherwise. */
    public SweepScope scope(Optional<String> source, List<String> conditions) {
        if (source.isEmpty()) {
            if (!conditions.isEmpty()) {
                throw ProblemException.invalidField("where", "name a source to filter on");
            }
            return everything();
        }
        SourceSql sql = sources.find(source.get())
                .orElseThrow(() -> ProblemException.invalidField("source", "unknown source; one of " + names()));
        Map<String, String> filter = new LinkedHashMap<>();
        for (String condition : conditions) {
            String[] kv = condition.split("=", 2);
            if (kv.length != 2 || !sql.filters().contains(kv[0])) {
                throw ProblemException.invalidField("where", "'" + condition + "' is not column=value on one of " + sql.filters());
            }
            filter.put(kv[0], kv[1]);
        }
        return new SweepScope(List.of(sql), filter);
    }

    /** Sweeps the scope unless a sweep is already running; emits the rows written, or empty when it did not run. */
    public Uni<Optional<Long>> sweep(SweepScope scope) {
        return Uni.createFrom().deferred(() -> sweeping.compareAndSet(false, true)
                ? run(scope).map(Optional::of)
                : Uni.createFrom().item(Optional.<Long>empty()));
    }

    /** Starts a sweep in the background (a backfill); false when one is already running. */
    public boolean startSweep(SweepScope scope) {
        if (!sweeping.compareAndSet(false, true)) {
            return false;
        }
        long start = System.nanoTime();
        run(scope).subscribe().with(
                rows -> Log.infof("Backfill embedded %d rows in %d s", rows, (System.nanoTime() - start) / 1_000_000_000),
                e -> Log.warnf("Backfill stopped: %s", e.getMessage()));
        return true;
    }

    private Uni<Long> run(SweepScope scope) {
        return Multi.createFrom().iterable(scope.sources())
                .onItem().transformToUniAndConcatenate(source -> sweepSource(source, scope.filter()))
                .collect().with(Collectors.summingLong(Long::longValue))
                .eventually(() -> sweeping.set(false));
    }

    /** Several claim loops share one cursor, so the database round trips of one overlap the inference of another. */
    private Uni<Long> sweepSource(SourceSql source, Map<String, String> filter) {
        AtomicLong cursor = new AtomicLong(Long.MIN_VALUE);
        List<Uni<Long>> loops = IntStream.range(0, config.concurrency())
                .mapToObj(i -> Multi.createBy().repeating().uni(() -> nextBatch(source, cursor, filter))
                        .whilst(pass -> pass.seen() > 0)
                        .collect().with(Collectors.summingLong(Pass::written)))
                .toList();
        return Uni.join().all(loops).andFailFast()
                .map(written -> written.stream().mapToLong(Long::longValue).sum())
                .call(() -> repository.forgetSettled(source));
    }

    private record Pass(int seen, long written) {
    }

    private Uni<Pass> nextBatch(SourceSql source, AtomicLong cursor, Map<String, String> filter) {
        return repository.claimAfter(source, cursor.get(), config.batchSize(), config.maxAttempts(), config.lease(), filter)
                .invoke(rows -> rows.stream().mapToLong(ClaimedRow::key).max().ifPresent(k -> cursor.accumulateAndGet(k, Math::max)))
                .flatMap(rows -> process(source, claimedOnly(rows)).map(written -> new Pass(rows.size(), written)));
    }

    /** Embeds the rows the requests name, where they need it; unknown sources and keys that are not integers are skipped. */
    public Uni<Long> embedRequested(List<EmbeddingRequested> requests) {
        Map<SourceSql, List<Long>> keys = new LinkedHashMap<>();
        for (EmbeddingRequested request : requests) {
            Optional<SourceSql> source = request == null ? Optional.empty() : sources.find(request.source());
            if (source.isEmpty()) {
                if (request != null && unknownSources.add(request.source())) {
                    Log.warnf("Embedding requests for unknown source '%s' are ignored; declared: %s", request.source(), names());
                }
                continue;
            }
            parseKey(request.key()).ifPresent(key -> keys.computeIfAbsent(source.get(), s -> new ArrayList<>()).add(key));
        }
        List<Uni<Long>> work = new ArrayList<>();
        keys.forEach((source, list) -> {
            List<Long> distinct = list.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += config.batchSize()) {
                List<Long> chunk = distinct.subList(from, Math.min(distinct.size(), from + config.batchSize()));
                work.add(Uni.createFrom().deferred(() -> repository.claimKeys(source, chunk, config.maxAttempts(), config.lease())
                        .flatMap(rows -> process(source, claimedOnly(rows)))));
            }
        });
        return Multi.createFrom().iterable(work).onItem().transformToUniAndConcatenate(u -> u)
                .collect().with(Collectors.summingLong(Long::longValue));
    }

    /** Embeds and stores claimed rows; a failure is recorded on the rows (with backoff) rather than passed on. */
    private Uni<Long> process(SourceSql source, List<ClaimedRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(0L);
        }
        Timer.Sample sample = Timer.start();
        return embedder.embed(rows.stream().map(ClaimedRow::text).toList())
                .onTermination().invoke(() -> sample.stop(metrics.latency()))
                .flatMap(vectors -> repository.write(source, rows, vectors))
                .invoke(written -> {
                    metrics.embedded(written);
                    if (failing.compareAndSet(true, false)) {
                        Log.info("Embedding works again");
                    }
                })
                // One text the provider refuses must not hold back the others: retry them one by one.
                .onFailure().recoverWithUni(e -> e instanceof EmbeddingInputException && rows.size() > 1
                        ? Multi.createFrom().iterable(rows).onItem().transformToUniAndConcatenate(row -> process(source, List.of(row)))
                                .collect().with(Collectors.summingLong(Long::longValue))
                        : recordFailure(source, rows, e));
    }

    private Uni<Long> recordFailure(SourceSql source, List<ClaimedRow> rows, Throwable e) {
        String error = describe(e);
        // A refused text is that row's problem (reported when given up); anything else means the provider or database is
        // failing: reported once, until a batch succeeds again.
        if (!(e instanceof EmbeddingInputException) && failing.compareAndSet(false, true)) {
            Log.warnf("Embedding %s rows failed (will retry with backoff): %s", source.name(), error);
        }
        metrics.failed(source.name(), rows.size());
        // Only a text the provider refuses can be given up; an outage (API down, key expired, database) is retried with the
        // longest backoff until it ends, never blamed on the rows.
        int attemptCap = e instanceof EmbeddingInputException ? config.maxAttempts() : config.maxAttempts() - 1;
        return repository.fail(source.name(), rows.stream().map(ClaimedRow::key).toList(), error, config.retryDelay(), config.maxRetryDelay(),
                        attemptCap)
                .invoke(attempts -> {
                    long givenUp = attempts.stream().filter(a -> a >= config.maxAttempts()).count();
                    if (givenUp > 0) {
                        Log.warnf("%d %s rows given up after %d attempts (until their text changes): %s", givenUp, source.name(),
                                config.maxAttempts(), error);
                    }
                })
                .replaceWith(0L);
    }

    /** Exact counts: rows waiting per source, rows given up and rows waiting to be retried. Also refreshes the gauges. */
    public Uni<EmbeddingStatus> status() {
        List<SourceSql> all = List.copyOf(sources.all());
        return Multi.createFrom().iterable(all)
                .onItem().transformToUniAndConcatenate(source -> repository.backlog(source, config.maxAttempts())
                        .invoke(n -> metrics.backlog(source.name(), n))
                        .flatMap(backlog -> repository.failures(source, config.maxAttempts())
                                .invoke(f -> metrics.givenUp(source.name(), f.givenUp()))
                                .map(f -> new SourceCounts(backlog, f))))
                .collect().asList()
                .map(counts -> {
                    Map<String, Long> backlog = new LinkedHashMap<>();
                    long failed = 0;
                    long retrying = 0;
                    for (int i = 0; i < all.size(); i++) {
                        backlog.put(all.get(i).name(), counts.get(i).backlog());
                        failed += counts.get(i).failures().givenUp();
                        retrying += counts.get(i).failures().retrying();
                    }
                    double rate = Math.round(metrics.embeddedPerSecond() * 10) / 10.0;
                    return new EmbeddingStatus(embedder.model(), backlog, failed, retrying, rate, sweeping.get());
                });
    }

    private record SourceCounts(long backlog, EmbeddingRepository.Failures failures) {
    }

    private static List<ClaimedRow> claimedOnly(List<ClaimedRow> rows) {
        return rows.stream().filter(ClaimedRow::claimed).toList();
    }

    private static Optional<Long> parseKey(String key) {
        try {
            return Optional.of(Long.parseLong(key.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private String names() {
        return sources.all().stream().map(SourceSql::name).toList().toString();
    }

    private static String describe(Throwable e) {
        String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
