package dev.hybridstore.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, as docker-compose itself resolves it ({@code docker-compose config} needs no Docker engine):
 * the services, their settings, health checks, start order and ports of what {@code docker-compose up} starts, the
 * services without a profile. The cluster profile: {@link ComposeClusterProfileTest}.
 */
class ComposeFileTest {

    static final List<String> APPS = List.of("core-api", "order-consumer", "cache-worker", "ai-worker");
    static final List<String> WORKERS = List.of("order-consumer", "cache-worker", "ai-worker");
    static final Map<String, String> PORTS = Map.of("core-api", "8080", "order-consumer", "8081", "cache-worker", "8082",
            "ai-worker", "8083");
    static final Set<String> APP_ENV = Set.of("DATABASE_URL", "DB_POOL_SIZE", "DB_MAX_OVERFLOW", "DB_POOL_RECYCLE", "REDIS_URL",
            "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_REPLICATION_FACTOR", "ADMIN_TOKEN", "SUITE_ENV", "EMBEDDING_PROVIDER", "EMBEDDING_DIM",
            "QUARKUS_HTTP_PORT", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_SAMPLER_ARG");
    /** core-api's own settings (rate limits, load shedding), beside the shared ones; their defaults are off. */
    static final Map<String, String> CORE_API_ENV = Map.of("RATE_LIMIT_SEARCH_PER_MINUTE", "0", "RATE_LIMIT_ORDERS_PER_SECOND", "0",
            "RATE_LIMIT_TRUST_FORWARDED_FOR", "false", "LOAD_SHEDDING_ENABLED", "false");
    static final String TOKEN = "token-from-the-test-environment";

    static final Path root = Repo.root();
    static final Path composeFile = root.resolve("docker-compose.yml");
    /** The services without a profile: what {@code docker-compose up} starts. */
    static JsonNode services;
    static JsonNode volumes;

    @BeforeAll
    static void resolveTheComposeFile() throws IOException {
        JsonNode resolved = resolve();
        services = inProfile(resolved, null);
        volumes = resolved.path("volumes");
    }

    /** docker-compose.yml as {@code docker-compose config} prints it (every service, whatever its profiles). */
    static JsonNode resolve() throws IOException {
        Repo.Result r = compose(Map.of("ADMIN_TOKEN", TOKEN));
        assertThat(r.exit()).as("docker-compose config must accept the file:\n%s", r.describe()).isZero();
        JsonNode resolved = new YAMLMapper().readTree(r.out());
        assertThat(resolved.path("services").isObject()).as("no 'services' in the resolved file:\n%s", r.out()).isTrue();
        return resolved;
    }

    /** The resolved services of one profile, or (null) those without a profile. */
    static ObjectNode inProfile(JsonNode resolved, String profile) {
        ObjectNode selected = JsonNodeFactory.instance.objectNode();
        resolved.path("services").properties().forEach(s -> {
            List<String> profiles = texts(s.getValue().path("profiles"));
            if (profile == null ? profiles.isEmpty() : profiles.contains(profile)) {
                selected.set(s.getKey(), s.getValue());
            }
        });
        return selected;
    }

    /**
     * {@code docker-compose config} with an empty env file (a developer's .env must not change the result) and no
     * variable of the compose file set in the environment except those given.
     */
    static Repo.Result compose(Map<String, String> env) throws IOException {
        Path binary = Repo.onPath("docker-compose");
        if (binary == null) {
            fail("docker-compose is not installed (not on PATH=%s): it is needed to check docker-compose.yml without a Docker"
                    + " engine; install it, e.g. 'apt-get install docker-compose'", System.getenv("PATH"));
        }
        Path emptyEnvFile = Files.createTempFile("compose", ".env");
        try {
            Map<String, String> environment = new HashMap<>();
            for (String name : List.of("ADMIN_TOKEN", "POSTGRES_PASSWORD", "SUITE_ENV", "EMBEDDING_PROVIDER", "EMBEDDING_DIM",
                    "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_SAMPLER_ARG",
                    "GRAFANA_ADMIN_PASSWORD", "COMPOSE_FILE", "COMPOSE_PROJECT_NAME", "COMPOSE_PROFILES")) {
                environment.put(name, null);
            }
            environment.putAll(env);
            return Repo.run(root, environment, List.of(binary.toString(), "--env-file", emptyEnvFile.toString(), "-f",
                    composeFile.toString(), "config"));
        } finally {
            Files.deleteIfExists(emptyEnvFile);
        }
    }

    static JsonNode service(String name) {
        JsonNode s = services.path(name);
        assertThat(s.isObject()).as("service %s", name).isTrue();
        return s;
    }

    static Map<String, String> env(String service) {
        return env(service(service));
    }

    static Map<String, String> env(JsonNode service) {
        Map<String, String> env = new HashMap<>();
        JsonNode e = service.path("environment");
        if (e.isArray()) {
            e.forEach(kv -> {
                String[] parts = kv.asText().split("=", 2);
                env.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        } else {
            e.properties().forEach(f -> env.put(f.getKey(), f.getValue().asText()));
        }
        return env;
    }

    /** Host ports a service publishes, whatever form docker-compose prints them in. */
    static Set<String> publishedPorts(String service) {
        return publishedPorts(service(service));
    }

    static Set<String> publishedPorts(JsonNode service) {
        Set<String> ports = new LinkedHashSet<>();
        for (JsonNode p : service.path("ports")) {
            if (p.isObject()) {
                if (p.hasNonNull("published")) {
                    ports.add(p.get("published").asText() + ":" + p.path("target").asText());
                }
            } else {
                String[] parts = p.asText().split(":");
                if (parts.length >= 2) {
                    ports.add(parts[parts.length - 2] + ":" + parts[parts.length - 1].replaceAll("/.*", ""));
                }
            }
        }
        return ports;
    }

    static List<String> texts(JsonNode node) {
        if (node.isArray()) {
            return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).collect(Collectors.toList());
        }
        return node.isMissingNode() || node.isNull() ? List.of() : List.of(node.asText().split("\\s+"));
    }

    @Test
    void definesTheInfrastructureAndTheFourServices() {
        List<String> names = new ArrayList<>();
        services.properties().forEach(s -> names.add(s.getKey()));
        assertThat(names).as("a profile's services must not start without it").containsExactlyInAnyOrder("postgres", "redis",
                "kafka1", "kafka2", "kafka3", "core-api", "order-consumer", "cache-worker", "ai-worker", "prometheus", "grafana");
    }

    @Test
    void everyServiceHasAHealthcheck() {
        services.properties().forEach(s -> {
            JsonNode hc = s.getValue().path("healthcheck");
            assertThat(hc.isObject()).as("%s has no healthcheck", s.getKey()).isTrue();
            assertThat(hc.path("disable").asBoolean(false)).as("%s disables its healthcheck", s.getKey()).isFalse();
            assertThat(texts(hc.path("test"))).as("%s healthcheck test", s.getKey()).isNotEmpty().doesNotContain("NONE");
        });
    }

    @Test
    void everyAppChecksItsOwnReadinessEndpoint() {
        for (String app : APPS) {
            assertThat(String.join(" ", texts(service(app).path("healthcheck").path("test"))))
                    .as("%s healthcheck", app).contains(":" + PORTS.get(app) + "/q/health/ready");
        }
    }

    @Test
    void everyAppGetsExactlyTheSharedSettingsAndItsOwnPort() {
        for (String app : APPS) {
            Map<String, String> env = env(app);
            Set<String> expected = new LinkedHashSet<>(APP_ENV);
            if (app.equals("core-api")) {
                expected.addAll(CORE_API_ENV.keySet());
                assertThat(env).as("core-api's own defaults").containsAllEntriesOf(CORE_API_ENV);
            }
            assertThat(env.keySet()).as("%s environment", app).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(env.get("QUARKUS_HTTP_PORT")).as("%s port", app).isEqualTo(PORTS.get(app));
            assertThat(env.get("DATABASE_URL")).as("%s DATABASE_URL", app)
                    .startsWith("postgresql://hybridstore:").endsWith("@postgres:5432/hybridstore");
            assertThat(env.get("REDIS_URL")).as("%s REDIS_URL", app).isEqualTo("redis://redis:6379");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS").split(",")).as("%s KAFKA_BOOTSTRAP_SERVERS", app)
                    .containsExactlyInAnyOrder("kafka1:9092", "kafka2:9092", "kafka3:9092");
            assertThat(env.get("KAFKA_REPLICATION_FACTOR")).as("%s KAFKA_REPLICATION_FACTOR", app).isEqualTo("3");
            assertThat(env).as("%s defaults", app).containsEntry("DB_POOL_SIZE", "20").containsEntry("DB_MAX_OVERFLOW", "10")
                    .containsEntry("DB_POOL_RECYCLE", "3600").containsEntry("SUITE_ENV", "local")
                    .containsEntry("EMBEDDING_PROVIDER", "local").containsEntry("EMBEDDING_DIM", "384")
                    .containsEntry("OTEL_EXPORTER_OTLP_ENDPOINT", "").containsEntry("OTEL_TRACES_SAMPLER_ARG", "1.0");
        }
    }

    @Test
    void theAdminTokenComesFromTheEnvironmentAndIsNotWrittenInTheFile() {
        for (String app : APPS) {
            assertThat(env(app)).as("%s", app).containsEntry("ADMIN_TOKEN", TOKEN);
        }
        assertThat(Repo.read(composeFile)).containsPattern("ADMIN_TOKEN:\\s*\\$\\{ADMIN_TOKEN");
    }

    @Test
    void composeRefusesToRunWithoutAnAdminToken() throws IOException {
        Repo.Result r = compose(Map.of());
        assertThat(r.exit()).as(r.describe()).isNotZero();
        assertThat(r.err()).as(r.describe()).contains("ADMIN_TOKEN");
    }

    @Test
    void thePostgresPasswordIsConfigurableAndDefaultsToHybridstore() throws IOException {
        assertThat(env("core-api").get("DATABASE_URL")).isEqualTo("postgresql://hybridstore:hybridstore@postgres:5432/hybridstore");
        Repo.Result r = compose(Map.of("ADMIN_TOKEN", TOKEN, "POSTGRES_PASSWORD", "s3cret"));
        assertThat(r.exit()).as(r.describe()).isZero();
        JsonNode resolved = new YAMLMapper().readTree(r.out()).path("services");
        assertThat(resolved.path("postgres").path("environment").path("POSTGRES_PASSWORD").asText()).isEqualTo("s3cret");
        assertThat(resolved.path("core-api").path("environment").path("DATABASE_URL").asText())
                .isEqualTo("postgresql://hybridstore:s3cret@postgres:5432/hybridstore");
    }

    @Test
    void coreApiPublishesPort8080AndTheSingleWorkersTheirSuitePorts() {
        assertThat(publishedPorts("core-api")).containsExactly("8080:8080");
        assertThat(publishedPorts("cache-worker")).containsExactly("8082:8082");
        assertThat(publishedPorts("ai-worker")).containsExactly("8083:8083");
    }

    @Test
    void orderConsumerRunsSeveralReplicasBehindNoHostPort() {
        JsonNode consumer = service("order-consumer");
        assertThat(consumer.path("deploy").path("replicas").asInt(1)).isGreaterThan(1);
        assertThat(publishedPorts("order-consumer")).as("replicas cannot share a host port").isEmpty();
        assertThat(texts(consumer.path("expose"))).contains("8081");
    }

    @Test
    void workersStartOnlyOnceCoreApiIsHealthy() {
        for (String worker : WORKERS) {
            assertThat(service(worker).path("depends_on").path("core-api").path("condition").asText())
                    .as("%s depends_on core-api", worker).isEqualTo("service_healthy");
        }
    }

    @Test
    void coreApiStartsOnlyOnceTheInfrastructureIsHealthy() {
        for (String dep : List.of("postgres", "redis", "kafka1", "kafka2", "kafka3")) {
            assertThat(service("core-api").path("depends_on").path(dep).path("condition").asText())
                    .as("core-api depends_on %s", dep).isEqualTo("service_healthy");
        }
    }

    @Test
    void appsAreBuiltFromTheirModulesJvmDockerfile() {
        for (String app : APPS) {
            JsonNode build = service(app).path("build");
            Path context = root.resolve(build.path("context").asText()).normalize();
            assertThat(context).as("%s build context", app).isEqualTo(root.resolve(app));
            assertThat(build.path("dockerfile").asText()).as("%s dockerfile", app).isEqualTo("src/main/docker/Dockerfile.jvm");
            assertThat(context.resolve("src/main/docker/Dockerfile.jvm")).as("%s Dockerfile.jvm", app).isRegularFile();
        }
    }

    @Test
    void kafkaIsAThreeNodeKraftClusterReplicatingEverythingThreeTimes() {
        Set<String> clusterIds = new LinkedHashSet<>();
        Set<String> nodeIds = new LinkedHashSet<>();
        for (String broker : List.of("kafka1", "kafka2", "kafka3")) {
            Map<String, String> env = env(broker);
            clusterIds.add(env.get("CLUSTER_ID"));
            nodeIds.add(env.get("KAFKA_NODE_ID"));
            assertThat(env.get("KAFKA_PROCESS_ROLES")).as(broker).isEqualTo("broker,controller");
            assertThat(env.get("KAFKA_CONTROLLER_QUORUM_VOTERS").split(",")).as(broker)
                    .containsExactly("1@kafka1:9093", "2@kafka2:9093", "3@kafka3:9093");
            assertThat(env.get("KAFKA_ADVERTISED_LISTENERS")).as(broker).isEqualTo("PLAINTEXT://" + broker + ":9092");
            assertThat(env).as(broker)
                    .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "3").containsEntry("KAFKA_MIN_INSYNC_REPLICAS", "2")
                    .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "3")
                    .containsEntry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "2")
                    .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false").containsEntry("KAFKA_NUM_PARTITIONS", "9");
            assertThat(texts(service(broker).path("volumes"))).as("%s keeps its log on a volume", broker)
                    .anyMatch(v -> v.contains(":/var/lib/kafka/data"));
        }
        assertThat(clusterIds).as("one cluster").hasSize(1).doesNotContainNull();
        assertThat(clusterIds.iterator().next()).as("a Kafka UUID: base64url of 16 bytes").matches("[A-Za-z0-9_-]{22}");
        assertThat(nodeIds).containsExactlyInAnyOrder("1", "2", "3");
    }

    /** The image of the Kafka version the suite runs (infra/kafka/pom.xml's kafka.version). */
    static String kafkaImage() {
        Matcher version = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>").matcher(Repo.read(root.resolve("infra/kafka/pom.xml")));
        assertThat(version.find()).as("kafka.version in infra/kafka/pom.xml").isTrue();
        return "apache/kafka:" + version.group(1);
    }

    @Test
    void kafkaIsTheVersionTheSuiteAndTheContainerTestsRun() {
        String image = kafkaImage();
        for (String broker : List.of("kafka1", "kafka2", "kafka3")) {
            assertThat(service(broker).path("image").asText()).as(broker).isEqualTo(image);
        }
        assertThat(Repo.read(root.resolve("test-support/src/main/java/dev/hybridstore/testsupport/ContainerServices.java")))
                .as("the Testcontainers path").contains('"' + image + '"');
    }

    @Test
    void coreApiKeepsItsBackupsOnANamedVolumeAtTheImagesBackupDir() {
        Matcher dir = Pattern.compile("BACKUP_DIR=(\\S+)").matcher(Repo.read(root.resolve("core-api/src/main/docker/Dockerfile.jvm")));
        assertThat(dir.find()).as("the JVM image sets BACKUP_DIR").isTrue();
        assertThat(env("core-api")).doesNotContainKey("BACKUP_DIR");
        List<String[]> mounts = new ArrayList<>(); // {source, target}: "source:target[:mode]", or an object
        for (JsonNode v : service("core-api").path("volumes")) {
            mounts.add(v.isObject() ? new String[] {v.path("source").asText(), v.path("target").asText()} : v.asText().split(":"));
        }
        assertThat(mounts).as("a recreated container must find the earlier backups").anySatisfy(m -> {
            assertThat(m[1]).isEqualTo(dir.group(1));
            assertThat(volumes.has(m[0])).as("%s is a named volume", m[0]).isTrue();
        });
    }

    @Test
    void postgresHasPgvectorAUtf8LocaleForKoreanTrigramsAndTheExtensions() {
        JsonNode pg = service("postgres");
        assertThat(pg.path("image").asText()).isEqualTo("pgvector/pgvector:pg15");
        Map<String, String> env = env("postgres");
        assertThat(env).containsEntry("POSTGRES_DB", "hybridstore").containsEntry("POSTGRES_USER", "hybridstore");
        assertThat(env.get("POSTGRES_INITDB_ARGS")).contains("--locale=C.UTF-8").contains("UTF8");
        assertThat(String.join(" ", texts(pg.path("command")))).contains("shared_preload_libraries=pg_stat_statements");
        assertThat(texts(pg.path("volumes"))).anyMatch(v -> v.startsWith("pgdata:/var/lib/postgresql/data"));

        String initMount = texts(pg.path("volumes")).stream().filter(v -> v.contains(":/docker-entrypoint-initdb.d"))
                .findFirst().orElseThrow(() -> new AssertionError("no init scripts mounted at /docker-entrypoint-initdb.d"));
        Path initDir = root.resolve(initMount.substring(0, initMount.indexOf(":/docker-entrypoint-initdb.d"))).normalize();
        assertThat(initDir).startsWith(root.resolve("infra/docker")).isDirectory();
        String sql;
        try (var files = Files.list(initDir)) {
            sql = files.filter(f -> f.toString().endsWith(".sql")).map(Repo::read).collect(Collectors.joining("\n")).toLowerCase();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + initDir, e);
        }
        assertThat(sql).contains("create extension if not exists vector", "create extension if not exists pg_trgm",
                "create extension if not exists pg_stat_statements");
    }

    @Test
    void redisKeepsNothingOnDisk() {
        assertThat(service("redis").path("image").asText()).isEqualTo("redis:7");
        List<String> command = texts(service("redis").path("command"));
        assertThat(String.join(" ", command)).contains("--appendonly no");
        int save = command.indexOf("--save");
        assertThat(save).as("--save in %s", command).isNotNegative();
        assertThat(command.get(save + 1)).as("--save argument").isEmpty();
    }

    @Test
    void prometheusRunsTheShippedConfigurationAndRulesAndScrapesEveryAppOnItsPort() throws IOException {
        JsonNode prometheus = service("prometheus");
        assertThat(texts(prometheus.path("command"))).contains("--config.file=/etc/prometheus/prometheus.yml");
        assertThat(mountedAt(prometheus, "/etc/prometheus")).isEqualTo(root.resolve("infra/prometheus"));
        assertThat(publishedPorts("prometheus")).containsExactly("9090:9090");

        JsonNode config = new YAMLMapper().readTree(root.resolve("infra/prometheus/prometheus.yml").toFile());
        assertThat(texts(config.path("rule_files"))).containsExactly("rules/*.yml");
        Map<String, String> scraped = new HashMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            assertThat(job.path("metrics_path").asText()).as(job.path("job_name").asText()).isEqualTo("/q/metrics");
            JsonNode dns = job.path("dns_sd_configs").path(0);
            scraped.put(job.path("job_name").asText(), dns.path("names").path(0).asText() + ":" + dns.path("port").asText());
        }
        Map<String, String> expected = new HashMap<>();
        APPS.forEach(app -> expected.put(app, app + ":" + PORTS.get(app)));
        assertThat(scraped).as("job -> the compose service and port it scrapes").isEqualTo(expected);
    }

    @Test
    void grafanaProvisionsPrometheusAndTheShippedDashboards() throws IOException {
        JsonNode grafana = service("grafana");
        assertThat(publishedPorts("grafana")).containsExactly("3000:3000");
        assertThat(grafana.path("depends_on").path("prometheus").path("condition").asText()).isEqualTo("service_healthy");
        Path provisioning = mountedAt(grafana, "/etc/grafana/provisioning");
        assertThat(provisioning).isEqualTo(root.resolve("infra/grafana/provisioning"));

        JsonNode source = new YAMLMapper().readTree(provisioning.resolve("datasources/prometheus.yml").toFile()).path("datasources").path(0);
        assertThat(source.path("type").asText()).isEqualTo("prometheus");
        assertThat(source.path("url").asText()).isEqualTo("http://prometheus:9090");
        String dashboardsIn = new YAMLMapper().readTree(provisioning.resolve("dashboards/hybridstore.yml").toFile())
                .path("providers").path(0).path("options").path("path").asText();
        assertThat(mountedAt(grafana, dashboardsIn)).isEqualTo(root.resolve("infra/grafana/dashboards"));

        JsonNode dashboard = new ObjectMapper()
                .readTree(root.resolve("infra/grafana/dashboards/hybridstore.json").toFile());
        List<String> rows = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                rows.add(panel.path("title").asText());
            } else {
                assertThat(panel.path("datasource").path("uid").asText()).as("panel %s", panel.path("title").asText())
                        .isEqualTo(source.path("uid").asText());
            }
        }
        assertThat(rows).as("a row per service").containsExactlyElementsOf(APPS);
    }

    /** The host folder mounted at {@code target}, resolved against the repository. */
    static Path mountedAt(JsonNode service, String target) {
        for (JsonNode v : service.path("volumes")) {
            String source = v.isObject() ? v.path("source").asText() : v.asText().split(":")[0];
            String at = v.isObject() ? v.path("target").asText() : v.asText().split(":")[1];
            if (at.equals(target)) {
                return root.resolve(source).normalize();
            }
        }
        throw new AssertionError("nothing mounted at " + target + " in " + service);
    }
}
