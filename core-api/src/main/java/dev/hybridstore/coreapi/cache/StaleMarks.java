package dev.hybridstore.coreapi.cache;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entries whose write-through failed (hash → ids), marked by any core-api instance: Redis may still hold the value
 * before the write. The marks live in PostgreSQL ({@link StaleMarkRepository}), which outlives a Redis outage and is
 * shared by the instances; each instance keeps a copy in memory, so a read never queries for them. The copy follows
 * the table through LISTEN on a connection of its own, and takes in the whole table at every (re)subscription, since
 * notifications sent while disconnected are lost. It only ever adds on a reload: a mark kept too long costs one HDEL,
 * after which it is dropped, while a mark missing serves the old value.
 */
@Startup
@Singleton
public class StaleMarks {

    /** How the listening connection shows in pg_stat_activity. */
    static final String APPLICATION_NAME = "core-api stale marks";
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);

    private final Map<String, Set<String>> marks = new ConcurrentHashMap<>();
    private final StaleMarkRepository rows;
    private final Vertx vertx;
    private final PgSubscriber subscriber;
    private final AtomicBoolean listenerLost = new AtomicBoolean();
    private final AtomicBoolean writesFailing = new AtomicBoolean();
    private volatile boolean closing;

    StaleMarks(StaleMarkRepository rows, Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.rows = rows;
        this.vertx = vertx;
        PgConnectOptions connect = PgConnectOptions.fromUri(url);
        user.ifPresent(connect::setUser);
        password.ifPresent(connect::setPassword);
        connect.addProperty("application_name", APPLICATION_NAME);
        this.subscriber = PgSubscriber.subscriber(vertx.getDelegate(), connect).reconnectPolicy(attempt -> {
            if (attempt == 0) {
                lost("connection closed");
            }
            return RECONNECT_PAUSE.toMillis();
        });
        subscriber.channel(StaleMarkRepository.CHANNEL).subscribeHandler(v -> reload()).handler(this::changed);
        connect();
    }

    public boolean isEmpty() {
        return marks.isEmpty();
    }

    public boolean contains(String hash, String id) {
        Set<String> ids = marks.get(hash);
        return ids != null && ids.contains(id);
    }

    /** A copy (hash → ids) to work through while marks come and go. */
    public Map<String, List<String>> snapshot() {
        return marks.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /**
     * Marks the entry here at once, then for every instance. Should PostgreSQL refuse, the mark stays in this instance
     * only; its HDEL once Redis answers then clears the entry for the others too.
     */
    public Uni<Void> mark(String hash, String id) {
        add(hash, id);
        return shared(rows.mark(hash, id), "mark");
    }

    /** Forgets the marks among {@code ids}, here and for every instance; nothing to do (no statement) when none is marked. */
    public Uni<Void> unmark(String hash, List<String> ids) {
        List<String> marked = remove(hash, ids);
        return marked.isEmpty() ? Uni.createFrom().voidItem() : shared(rows.drop(hash, marked), "drop");
    }

    private Uni<Void> shared(Uni<Void> statement, String what) {
        return statement.invoke(() -> {
            if (writesFailing.compareAndSet(true, false)) {
                Log.info("Stale cache marks are shared through PostgreSQL again");
            }
        }).onFailure().recoverWithUni(e -> {
            if (writesFailing.compareAndSet(false, true)) {
                Log.warnf("Cannot %s stale cache entries in PostgreSQL (%s): the other core-api instances do not learn of them",
                        what, e.getMessage());
            }
            return Uni.createFrom().voidItem();
        });
    }

    private void add(String hash, String id) {
        marks.compute(hash, (h, ids) -> {
            Set<String> marked = ids != null ? ids : ConcurrentHashMap.newKeySet();
            marked.add(id);
            return marked;
        });
    }

    /** Atomic per hash with {@link #add}; an emptied hash leaves the map, so "nothing stale" is one isEmpty(). */
    private List<String> remove(String hash, List<String> ids) {
        List<String> removed = new ArrayList<>();
        marks.computeIfPresent(hash, (h, marked) -> {
            ids.stream().filter(marked::remove).forEach(removed::add);
            return marked.isEmpty() ? null : marked;
        });
        return removed;
    }

    /** A notification from {@link StaleMarkRepository}, this instance's own included. */
    private void changed(String payload) {
        String[] parts = payload.split(" ", 3);
        if (parts.length == 3 && parts[0].equals("mark")) {
            add(parts[1], parts[2]);
        } else if (parts.length == 3 && parts[0].equals("drop")) {
            remove(parts[1], List.of(parts[2]));
        } else {
            Log.warnf("Ignored a notification on %s that is not a stale mark: %s", StaleMarkRepository.CHANNEL, payload);
        }
    }

    private void reload() {
        rows.all().subscribe().with(all -> {
            all.forEach(mark -> add(mark.hash(), mark.id()));
            if (listenerLost.compareAndSet(true, false)) {
                Log.infof("Receiving other instances' stale cache marks again (%d marked)", all.size());
            }
        }, e -> {
            lost(e.getMessage());
            if (!closing) {
                vertx.setTimer(RECONNECT_PAUSE.toMillis(), t -> reload());
            }
        });
    }

    private void connect() {
        subscriber.connect().onFailure(e -> {
            lost(e.getMessage());
            subscriber.close();
            if (!closing) {
                vertx.setTimer(RECONNECT_PAUSE.toMillis(), t -> connect());
            }
        });
    }

    private void lost(String reason) {
        if (!closing && listenerLost.compareAndSet(false, true)) {
            Log.warnf("Not receiving other instances' stale cache marks (%s): retrying every %d s; marks made meanwhile are "
                    + "read when it succeeds", reason, RECONNECT_PAUSE.toSeconds());
        }
    }

    /**
     * Closes the listening connection and waits for it (on the main thread, at most 5 s) while Vert.x still runs: its
     * close would otherwise complete on a stopped event loop.
     */
    void close(@Observes ShutdownEvent event) {
        closing = true;
        subscriber.close().toCompletionStage().toCompletableFuture().completeOnTimeout(null, 5, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }
}
