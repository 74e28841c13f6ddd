package dev.hybridstore.systemtests.topology;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisClientType;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * The topology's Redis Cluster as a client that follows its redirects sees it (REDIS_NODES): the tests' own reading of
 * what the services stored, not the services' word for it. Blocking, since tests wait for each answer.
 */
public final class ClusterRedis implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final Redis redis;

    public ClusterRedis(String nodes) {
        RedisOptions options = new RedisOptions().setType(RedisClientType.CLUSTER).setMaxPoolWaiting(64);
        Arrays.stream(nodes.split(",")).map(String::strip).filter(n -> !n.isEmpty())
                .forEach(n -> options.addConnectionString(n.startsWith("redis://") ? n : "redis://" + n));
        redis = Redis.createClient(vertx, options);
    }

    /** One command; null when Redis answers nil. */
    public Response send(Command command, Object... args) {
        Request request = Request.cmd(command);
        Arrays.stream(args).forEach(arg -> request.arg(String.valueOf(arg)));
        try {
            return redis.send(request).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(command + " " + Arrays.toString(args), e);
        }
    }

    public String hget(String hash, String field) {
        Response r = send(Command.HGET, hash, field);
        return r == null ? null : r.toString();
    }

    public long count(Command command, String key) {
        return send(command, key).toLong();
    }

    /** Which of the three masters serves the key: the slot ranges {@code redis-cli --cluster create} gives them. */
    public int master(String key) {
        int slot = send(Command.CLUSTER, "KEYSLOT", key).toInteger();
        return slot <= 5460 ? 0 : slot <= 10922 ? 1 : 2;
    }

    @Override
    public void close() {
        redis.close();
        vertx.close();
    }
}
