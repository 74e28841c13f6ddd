package dev.hybridstore.testsupport.deploy;

import static dev.hybridstore.testsupport.deploy.ComposeFileTest.APP_ENV;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.CORE_API_ENV;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.PORTS;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.env;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.mountedAt;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.publishedPorts;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.root;
import static dev.hybridstore.testsupport.deploy.ComposeFileTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml's profile "cluster": the topology of {@code ./suite up --topology cluster} (README "Scaling out")
 * as compose expresses it. Parsed only ({@code docker-compose config}); no Docker engine runs it here.
 */
class ComposeClusterProfileTest {

    static final Map<String, String> APPS = Map.of("core-api-cluster", "core-api", "order-consumer-cluster", "order-consumer",
            "cache-worker-cluster", "cache-worker", "ai-worker-cluster", "ai-worker");
    static final Map<String, Integer> REPLICAS = Map.of("core-api-cluster", 2, "order-consumer-cluster", 3, "cache-worker-cluster", 2,
            "ai-worker-cluster", 2);
    static final List<String> REDIS_NODES = List.of("redis-node-1", "redis-node-2", "redis-node-3", "redis-node-4", "redis-node-5",
            "redis-node-6");
    static final List<String> BROKERS = List.of("kafka1", "kafka2", "kafka3");
    /** The single-node services the cluster profile must not start (Kafka's three brokers it shares). */
    static final List<String> SINGLE_NODE = List.of("postgres", "redis", "core-api", "order-consumer", "cache-worker", "ai-worker");

    static JsonNode all;
    static JsonNode cluster;

    @BeforeAll
    static void resolveTheComposeFile() throws IOException {
        JsonNode resolved = ComposeFileTest.resolve();
        all = resolved.path("services");
        cluster = ComposeFileTest.inProfile(resolved, "cluster");
    }

    static JsonNode service(String name) {
        JsonNode s = cluster.path(name);
        assertThat(s.isObject()).as("service %s in the cluster profile", name).isTrue();
        return s;
    }

    static String dependency(String service, String on) {
        return service(service).path("depends_on").path(on).path("condition").asText();
    }

    @Test
    void runsTheFourServicesWithTheSuitesInstanceCountsBehindNoHostPort() {
        for (String app : APPS.keySet()) {
            JsonNode s = service(app);
            String port = PORTS.get(APPS.get(app));
            assertThat(s.path("deploy").path("replicas").asInt(1)).as("%s replicas", app).isEqualTo(REPLICAS.get(app));
            assertThat(publishedPorts(s)).as("%s: replicas cannot share a host port", app).isEmpty();
            assertThat(texts(s.path("expose"))).as(app).contains(port);
            assertThat(env(s)).as(app).containsEntry("QUARKUS_HTTP_PORT", port);
            assertThat(String.join(" ", texts(s.path("healthcheck").path("test")))).as("%s healthcheck", app)
                    .contains(":" + port + "/q/health/ready");
            assertThat(s.path("build").path("dockerfile").asText()).as(app).isEqualTo("src/main/docker/Dockerfile.jvm");
        }
    }

    @Test
    void everyServiceGetsTheRedisClusterNodesAndNoSingleRedis() {
        for (String app : APPS.keySet()) {
            Map<String, String> env = env(service(app));
            Set<String> expected = new LinkedHashSet<>(APP_ENV);
            expected.remove("REDIS_URL");
            expected.addAll(List.of("REDIS_NODES", "REDIS_CLIENT_TYPE"));
            if (app.equals("core-api-cluster")) {
                expected.addAll(CORE_API_ENV.keySet());
                expected.add("DATABASE_READ_URL");
                assertThat(env).as("core-api's own defaults").containsAllEntriesOf(CORE_API_ENV);
            }
            assertThat(env.keySet()).as("%s environment", app).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(env.get("REDIS_NODES").split(",")).as("%s REDIS_NODES", app)
                    .containsExactlyElementsOf(REDIS_NODES.stream().map(n -> n + ":6379").toList());
            assertThat(env.get("REDIS_CLIENT_TYPE")).as(app).isEqualTo("cluster");
            assertThat(dependency(app, "redis-cluster-create")).as("%s waits for the cluster's slots", app)
                    .isEqualTo("service_completed_successfully");
        }
    }

    @Test
    void redisIsSixClusterNodesJoinedByAOneShotClusterCreate() {
        for (String node : REDIS_NODES) {
            JsonNode s = service(node);
            String command = String.join(" ", texts(s.path("command")));
            assertThat(s.path("image").asText()).as(node).isEqualTo("redis:7");
            assertThat(command).as(node).contains("--cluster-enabled yes", "--appendonly no", "--save ''");
            assertThat(texts(s.path("healthcheck").path("test"))).as(node).contains("ping");
        }
        JsonNode create = service("redis-cluster-create");
        String command = String.join(" ", texts(create.path("command")));
        assertThat(command).contains("--cluster create", "--cluster-replicas 1", "--cluster-yes");
        assertThat(command).as("an existing cluster is left alone").contains("cluster_state:ok && exit 0");
        assertThat(create.path("restart").asText()).isEqualTo("no");
        assertThat(command).as("creates the cluster of all six").contains("for h in " + String.join(" ", REDIS_NODES) + ";");
        for (String node : REDIS_NODES) {
            assertThat(create.path("depends_on").path(node).path("condition").asText()).as(node).isEqualTo("service_healthy");
        }
    }

    @Test
    void kafkaIsTheThreeBrokerClusterOfTheSuitesVersionWithReplicationFactor3AndMinIsr2() {
        String image = ComposeFileTest.kafkaImage();
        for (String broker : BROKERS) {
            JsonNode s = all.path(broker);
            assertThat(s.path("image").asText()).as(broker).isEqualTo(image);
            assertThat(env(s)).as(broker).containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2").containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2");
        }
        for (String app : APPS.keySet()) {
            Map<String, String> env = env(service(app));
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").split(",")).as("%s KAFKA_BOOTSTRAP_SERVERS", app)
                    .containsExactlyInAnyOrderElementsOf(BROKERS.stream().map(b -> b + ":9092").toList());
            assertThat(env).as(app).containsEntry("KAFKA_REPLICATION_FACTOR", "3");
            for (String broker : BROKERS) {
                assertThat(dependency(app, broker)).as("%s depends_on %s", app, broker).isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void postgresIsAPrimaryAndAStandbyCopiedFromItForCoreApisReads() {
        String pgvector = all.path("postgres").path("image").asText();
        assertThat(service("postgres-primary").path("image").asText()).isEqualTo(pgvector);
        assertThat(service("postgres-standby").path("image").asText()).isEqualTo(pgvector);
        assertThat(dependency("postgres-standby", "postgres-primary")).isEqualTo("service_healthy");

        assertThat(Repo.read(mountedAt(service("postgres-primary"), "/docker-entrypoint-initdb.d/02-replication.sh")))
                .as("the primary admits the standby's replication connection").contains("host replication $POSTGRES_USER all");
        assertThat(mountedAt(service("postgres-primary"), "/docker-entrypoint-initdb.d/01-extensions.sql"))
                .isEqualTo(root.resolve("infra/docker/postgres/initdb/01-extensions.sql"));
        String standby = Repo.read(mountedAt(service("postgres-standby"), "/standby.sh"));
        assertThat(texts(service("postgres-standby").path("entrypoint"))).contains("/standby.sh");
        assertThat(standby).contains("pg_basebackup -h postgres-primary", " -R ", "exec docker-entrypoint.sh \"$@\"");

        for (String app : APPS.keySet()) {
            assertThat(env(service(app)).get("DATABASE_URL")).as(app).isEqualTo(
                    "postgresql://hybridstore:hybridstore@postgres-primary:5432/hybridstore");
            assertThat(dependency(app, "postgres-standby")).as(app).isEqualTo("service_healthy");
        }
        assertThat(env(service("core-api-cluster")).get("DATABASE_READ_URL"))
                .isEqualTo("postgresql://hybridstore:hybridstore@postgres-standby:5432/hybridstore");
    }

    @Test
    void haproxyOnPort8080SendsRequestsToTheReadyCoreApis() {
        JsonNode haproxy = service("haproxy");
        assertThat(haproxy.path("image").asText()).startsWith("haproxy:");
        assertThat(publishedPorts(haproxy)).containsExactly("8080:8080");
        assertThat(haproxy.path("depends_on").path("core-api-cluster").path("condition").asText()).isEqualTo("service_healthy");
        String cfg = Repo.read(mountedAt(haproxy, "/usr/local/etc/haproxy/haproxy.cfg"));
        assertThat(cfg).contains("bind :8080", "option httpchk GET /q/health/ready", "http-check expect status 200");
        Matcher servers = Pattern.compile("server-template \\S+ (\\d+) core-api-cluster:8080 check resolvers docker").matcher(cfg);
        assertThat(servers.find()).as("a server per core-api replica, found by Docker's DNS, checked:\n%s", cfg).isTrue();
        assertThat(Integer.parseInt(servers.group(1))).isEqualTo(REPLICAS.get("core-api-cluster"));
        for (String worker : List.of("order-consumer-cluster", "cache-worker-cluster", "ai-worker-cluster")) {
            assertThat(dependency(worker, "core-api-cluster")).as(worker).isEqualTo("service_healthy");
        }
    }

    @Test
    void startsNoneOfTheSingleNodeServicesAndChecksTheHealthOfEveryLongRunningOne() {
        cluster.properties().forEach(s -> {
            for (String single : SINGLE_NODE) {
                assertThat(s.getValue().path("depends_on").has(single)).as("%s depends_on %s", s.getKey(), single).isFalse();
            }
            if (!s.getKey().equals("redis-cluster-create")) {
                assertThat(texts(s.getValue().path("healthcheck").path("test"))).as("%s healthcheck", s.getKey()).isNotEmpty();
            }
        });
    }
}
