package dev.hybridstore.platform.redis;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that match a pattern, found with SCAN (never KEYS, which blocks Redis). On a Redis Cluster every master is
 * scanned through a connection of its own: the cluster client sends a SCAN to one node picked at random, which walks
 * only its own keys (and a cursor is only valid on the node that issued it).
 */
@Singleton
public class KeysByPattern {

    private final ReactiveRedisDataSource redis;
    private final Vertx vertx;
    private final boolean cluster;
    private final URI seed;
    private final Duration timeout;
    private final Map<String, Redis> nodes = new ConcurrentHashMap<>();

    KeysByPattern(ReactiveRedisDataSource redis, Vertx vertx,
            @ConfigProperty(name = "quarkus.redis.client-type", defaultValue = "standalone") String clientType,
            @ConfigProperty(name = "quarkus.redis.hosts") List<URI> hosts,
            @ConfigProperty(name = "quarkus.redis.timeout", defaultValue = "10s") Duration timeout) {
        this.redis = redis;
        this.vertx = vertx;
        this.cluster = clientType.equalsIgnoreCase("cluster");
        this.seed = hosts.get(0);
        this.timeout = timeout;
    }

    /** Every key matching {@code pattern}, {@code count} keys per SCAN step; a key may come twice (SCAN's guarantee). */
    public Multi<String> scan(String pattern, int count) {
        if (!cluster) {
            return redis.key(String.class).scan(new KeyScanArgs().match(pattern).count(count)).toMulti();
        }
        return redis.execute("CLUSTER", "NODES")
                .onItem().transformToMulti(reply -> Multi.createFrom().iterable(masters(reply.toString())))
                .onItem().transformToMultiAndConcatenate(master -> scan(node(master), pattern, count));
    }

    private Multi<String> scan(Redis node, String pattern, int count) {
        return Multi.createBy().repeating()
                .<String[], Response>uni(() -> new String[] {"0"}, cursor -> send(node, Request.cmd(Command.SCAN).arg(cursor[0])
                        .arg("MATCH").arg(pattern).arg("COUNT").arg(count))
                        .invoke(page -> cursor[0] = page.get(0).toString()))
                .whilst(page -> !"0".equals(page.get(0).toString()))
                .onItem().transformToIterable(page -> StreamSupport.stream(page.get(1).spliterator(), false)
                        .map(Response::toString).toList());
    }

    private Uni<Response> send(Redis node, Request request) {
        return node.send(request).ifNoItem().after(timeout).fail();
    }

    /** A client of one node, with the credentials and scheme of the configured ones (a cluster's nodes share them). */
    private Redis node(String hostPort) {
        return nodes.computeIfAbsent(hostPort, address -> {
            int colon = address.lastIndexOf(':');
            try {
                URI uri = new URI(seed.getScheme(), seed.getRawUserInfo(), address.substring(0, colon),
                        Integer.parseInt(address.substring(colon + 1)), null, null, null);
                return Redis.createClient(vertx, new RedisOptions().setConnectionString(uri.toString()).setMaxPoolSize(2));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("CLUSTER NODES named an address that is no URI: " + address, e);
            }
        });
    }

    /**
     * The masters that serve slots, as {@code host:port}, from a CLUSTER NODES reply: {@code <id> <ip:port@bus[,host]>
     * <flags> <master> <ping> <pong> <epoch> <link> <slot>...}. A master flagged {@code fail} has been replaced by its
     * replica (or its slots are down, and a scan could not finish anyway).
     */
    static List<String> masters(String clusterNodes) {
        return clusterNodes.lines().map(line -> line.split(" "))
                .filter(f -> {
                    List<String> flags = List.of(f[2].split(","));
                    return f.length > 8 && flags.contains("master") && !flags.contains("fail");
                })
                .map(f -> f[1].split("@")[0])
                .toList();
    }

    @PreDestroy
    void close() {
        nodes.values().forEach(Redis::close);
    }
}
