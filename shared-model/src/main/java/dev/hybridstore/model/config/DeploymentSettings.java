package dev.hybridstore.model.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the deployment's environment variables (the seeds' names) into the properties every service maps onto
 * Quarkus: one reading, one set of defaults, one wording of errors. Errors name the setting and never echo secrets.
 */
public final class DeploymentSettings {

    public static final String DEFAULT_DATABASE_URL = "postgresql://hybridstore:hybridstore@127.0.0.1:55432/hybridstore";
    public static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:56379";
    public static final String DEFAULT_KAFKA = "127.0.0.1:59092";
    /** Points nowhere on purpose: with a broken setting the pool fails to connect and readiness reports DOWN. */
    static final DatabaseUrl UNUSABLE = new DatabaseUrl("invalid-setting.invalid", 5432, "invalid", "invalid", "", Map.of());

    private final Function<String, Optional<String>> env;
    private final List<String> errors = new ArrayList<>();

    private DeploymentSettings(Function<String, Optional<String>> env) {
        this.env = name -> env.apply(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    public static Resolved resolve(Function<String, Optional<String>> env) {
        DeploymentSettings s = new DeploymentSettings(env);
        // Every write a service acknowledges (a 201/202, a Kafka offset commit, a cache stamp) must survive a crash of
        // PostgreSQL, whatever the server's default: a commit returns only once its WAL is flushed.
        DatabaseUrl db = s.database().withSessionSetting("synchronous_commit", "on");
        int poolSize = s.integer("DB_POOL_SIZE", 20);
        int overflow = s.integer("DB_MAX_OVERFLOW", 10);
        int recycle = s.integer("DB_POOL_RECYCLE", 3600);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("hybridstore.db.reactive-url", db.reactiveUrl());
        props.put("hybridstore.db.jdbc-url", db.jdbcUrl());
        props.put("hybridstore.db.username", db.user());
        props.put("hybridstore.db.password", db.password());
        props.put("hybridstore.db.redacted-url", db.redacted());
        props.put("hybridstore.db.pool-max-size", Integer.toString(poolSize + overflow));
        props.put("hybridstore.db.pool-max-lifetime", recycle + "S");
        s.readReplica().ifPresent(standby -> {
            props.put("hybridstore.db.read.reactive-url", standby.reactiveUrl());
            props.put("hybridstore.db.read.username", standby.user());
            props.put("hybridstore.db.read.password", standby.password());
        });
        RedisHosts redis = s.redis();
        props.put("hybridstore.redis.hosts", String.join(",", redis.hosts()));
        props.put("hybridstore.redis.client-type", redis.clientType());
        // One node for tools that talk to a single Redis (redis-benchmark): the first of the list.
        props.put("hybridstore.redis.url", redis.hosts().get(0));
        props.put("hybridstore.kafka.bootstrap-servers", s.env.apply("KAFKA_BOOTSTRAP_SERVERS").orElse(DEFAULT_KAFKA));
        props.put("hybridstore.kafka.replication-factor", Integer.toString(s.integer("KAFKA_REPLICATION_FACTOR", 1)));
        props.put("hybridstore.environment", s.env.apply("SUITE_ENV").orElse("local"));
        props.put("hybridstore.log.json", Boolean.toString(s.jsonLogs()));
        s.otlpEndpoint().ifPresent(endpoint -> props.put("hybridstore.tracing.otlp-endpoint", endpoint));
        props.put("hybridstore.tracing.sampler-ratio", Double.toString(s.samplerRatio()));
        return new Resolved(props, List.copyOf(s.errors));
    }

    private DatabaseUrl database() {
        try {
            Optional<String> url = env.apply("DATABASE_URL");
            if (url.isPresent()) {
                return DatabaseUrl.parse("DATABASE_URL", url.get());
            }
            Optional<String> type = env.apply("DB_TYPE");
            if (type.isEmpty()) {
                return DatabaseUrl.parse("DATABASE_URL", DEFAULT_DATABASE_URL);
            }
            return switch (type.get().toLowerCase()) {
                case "local" -> fromParts("POSTGRES", "POSTGRES_DB", "localhost");
                case "rds" -> fromParts("RDS", "RDS_DB", null);
                case "supabase" -> supabase();
                default -> throw new InvalidSettingException("DB_TYPE", "'" + type.get() + "' is not one of local, supabase, rds");
            };
        } catch (InvalidSettingException e) {
            errors.add(e.getMessage());
            return UNUSABLE;
        }
    }

    /** DATABASE_READ_URL: an optional standby (a streaming replica) for heavy reads; the same forms as DATABASE_URL. */
    private Optional<DatabaseUrl> readReplica() {
        try {
            return env.apply("DATABASE_READ_URL").map(url -> DatabaseUrl.parse("DATABASE_READ_URL", url));
        } catch (InvalidSettingException e) {
            errors.add(e.getMessage() + "; reading from the primary");
            return Optional.empty();
        }
    }

    /** Seed 003's DB_TYPE=local (POSTGRES_*) and DB_TYPE=rds (RDS_*) variables. */
    private DatabaseUrl fromParts(String prefix, String dbVar, String defaultHost) {
        String host = env.apply(prefix + "_HOST").or(() -> Optional.ofNullable(defaultHost))
                .orElseThrow(() -> new InvalidSettingException(prefix + "_HOST", "required when DB_TYPE=" + prefix.toLowerCase()));
        int port = integer(prefix + "_PORT", 5432);
        String db = env.apply(dbVar).orElse("sesac_db");
        String user = env.apply(prefix + "_USER").orElse("postgres");
        String password = env.apply(prefix + "_PASSWORD").orElse("");
        return new DatabaseUrl(host, port, db, user, password, Map.of());
    }

    /** Seed 003's Supabase form: SUPABASE_DIRECT_URL with its [YOUR-PASSWORD] placeholder filled from SUPABASE_PASSWORD. */
    private DatabaseUrl supabase() {
        String url = env.apply("SUPABASE_DIRECT_URL")
                .orElseThrow(() -> new InvalidSettingException("SUPABASE_DIRECT_URL", "required when DB_TYPE=supabase"));
        if (url.contains("[YOUR-PASSWORD]")) {
            String password = env.apply("SUPABASE_PASSWORD").orElseThrow(() -> new InvalidSettingException("SUPABASE_PASSWORD",
                    "required: SUPABASE_DIRECT_URL contains the [YOUR-PASSWORD] placeholder"));
            url = url.replace("[YOUR-PASSWORD]", URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return DatabaseUrl.parse("SUPABASE_DIRECT_URL", url);
    }

    /**
     * REDIS_URL (one server) or REDIS_NODES (a Redis Cluster's nodes, comma-separated, {@code host:port} or URLs; any
     * of them is enough to find the others). REDIS_CLIENT_TYPE overrides the type the list implies: {@code cluster}
     * with a single REDIS_URL, or {@code standalone}.
     */
    private RedisHosts redis() {
        Optional<String> nodes = env.apply("REDIS_NODES");
        String type = env.apply("REDIS_CLIENT_TYPE").map(String::toLowerCase).orElse(nodes.isPresent() ? "cluster" : "standalone");
        if (!type.equals("standalone") && !type.equals("cluster")) {
            errors.add("REDIS_CLIENT_TYPE: '" + type + "' is not one of standalone, cluster; using standalone");
            type = "standalone";
        }
        List<String> single = List.of(env.apply("REDIS_URL").orElse(DEFAULT_REDIS_URL));
        if (nodes.isEmpty()) {
            return new RedisHosts(single, type);
        }
        if (type.equals("standalone")) {
            errors.add("REDIS_NODES: ignored with REDIS_CLIENT_TYPE=standalone, which takes one server (REDIS_URL)");
            return new RedisHosts(single, type);
        }
        List<String> hosts = Arrays.stream(nodes.get().split(",")).map(String::strip).filter(h -> !h.isEmpty())
                .map(h -> h.contains("://") ? h : "redis://" + h).toList();
        return new RedisHosts(hosts.isEmpty() ? single : hosts, type);
    }

    /** LOG_FORMAT: {@code text} (the default, for people) or {@code json} (one object a line, for log collectors). */
    private boolean jsonLogs() {
        Optional<String> format = env.apply("LOG_FORMAT");
        if (format.isEmpty() || format.get().equalsIgnoreCase("text")) {
            return false;
        }
        if (format.get().equalsIgnoreCase("json")) {
            return true;
        }
        errors.add("LOG_FORMAT: '" + format.get() + "' is not one of text, json; using text");
        return false;
    }

    /** OTEL_EXPORTER_OTLP_ENDPOINT: where spans go (OTLP over gRPC); without it they are made but sent nowhere. */
    private Optional<String> otlpEndpoint() {
        Optional<String> endpoint = env.apply("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (endpoint.isEmpty()) {
            return endpoint;
        }
        try {
            URI uri = new URI(endpoint.get());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return endpoint;
            }
        } catch (URISyntaxException e) {
            // named below
        }
        // Not echoed: an endpoint may carry credentials.
        errors.add("OTEL_EXPORTER_OTLP_ENDPOINT: not an http:// or https:// URL with a host; traces are not exported");
        return Optional.empty();
    }

    /** OTEL_TRACES_SAMPLER_ARG: the share of new traces recorded, 0 to 1; a caller's sampled flag is followed either way. */
    private double samplerRatio() {
        Optional<String> raw = env.apply("OTEL_TRACES_SAMPLER_ARG");
        if (raw.isEmpty()) {
            return 1.0;
        }
        try {
            double ratio = Double.parseDouble(raw.get());
            if (ratio >= 0 && ratio <= 1) {
                return ratio;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add("OTEL_TRACES_SAMPLER_ARG: '" + raw.get() + "' is not a number from 0 to 1; using 1.0");
        return 1.0;
    }

    private int integer(String name, int fallback) {
        Optional<String> raw = env.apply(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(name + ": '" + raw.get() + "' is not a non-negative whole number; using " + fallback);
            return fallback;
        }
    }

    /** Quarkus' {@code quarkus.redis.hosts} and {@code quarkus.redis.client-type}. */
    private record RedisHosts(List<String> hosts, String clientType) {
    }

    /** The derived properties and the problems found on the way. */
    public record Resolved(Map<String, String> properties, List<String> errors) {
    }
}
