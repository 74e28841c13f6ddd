package dev.hybridstore.testsupport.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** infra/systemd: a JVM and a native unit per service, order-consumer templates, and the settings template. */
class SystemdUnitsTest {

    static final Map<String, String> PORTS = new LinkedHashMap<>(Map.of("core-api", "8080", "order-consumer", "8081",
            "cache-worker", "8082", "ai-worker", "8083"));
    static final List<String> SETTINGS = List.of("DATABASE_URL", "DB_POOL_SIZE", "DB_MAX_OVERFLOW", "DB_POOL_RECYCLE", "REDIS_URL",
            "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_REPLICATION_FACTOR", "ADMIN_TOKEN", "SUITE_ENV", "EMBEDDING_PROVIDER", "EMBEDDING_DIM", "LOG_FORMAT",
            "RATE_LIMIT_SEARCH_PER_MINUTE", "RATE_LIMIT_ORDERS_PER_SECOND", "RATE_LIMIT_TRUST_FORWARDED_FOR", "LOAD_SHEDDING_ENABLED",
            "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_SAMPLER_ARG");

    final Path dir = Repo.root().resolve("infra/systemd");

    /** key=value lines of a unit (the last value of a key wins, comments skipped), keyed by "Section.Key". */
    static Map<String, List<String>> parse(String unit) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        String section = "";
        for (String raw : unit.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            int eq = line.indexOf('=');
            assertThat(eq).as("not a key=value line: %s", line).isPositive();
            keys.computeIfAbsent(section + "." + line.substring(0, eq).strip(), k -> new ArrayList<>()).add(line.substring(eq + 1).strip());
        }
        return keys;
    }

    Map<String, List<String>> unit(String file) {
        Path path = dir.resolve(file);
        assertThat(path).as(file).isRegularFile();
        return parse(Repo.read(path));
    }

    static void assertCommon(String file, Map<String, List<String>> u) {
        assertThat(u.get("Unit.After")).as("%s After", file).anyMatch(v -> v.contains("network-online.target"));
        assertThat(u.get("Unit.Wants")).as("%s Wants", file).anyMatch(v -> v.contains("network-online.target"));
        assertThat(u.get("Service.EnvironmentFile")).as("%s EnvironmentFile", file).containsExactly("/etc/hybridstore/hybridstore.env");
        assertThat(u.get("Service.User")).as("%s User", file).containsExactly("hybridstore");
        assertThat(u.get("Service.Restart")).as("%s Restart", file).containsExactly("on-failure");
        assertThat(u.get("Service.NoNewPrivileges")).as("%s NoNewPrivileges", file).containsExactly("yes");
        assertThat(u.get("Service.ProtectSystem")).as("%s ProtectSystem", file).containsExactly("strict");
        assertThat(u.get("Service.PrivateTmp")).as("%s PrivateTmp", file).containsExactly("yes");
        assertThat(u.get("Service.ReadWritePaths")).as("%s ReadWritePaths", file).anyMatch(v -> v.contains("/var/lib/hybridstore/backups"));
        assertThat(u.get("Install.WantedBy")).as("%s WantedBy", file).containsExactly("multi-user.target");
    }

    /** A service's two units: one runs its fast jar on the JVM, the other its native executable; each conflicts with the other. */
    enum Build {
        JVM("", "/usr/bin/java $JAVA_OPTS -jar /opt/hybridstore/%s/quarkus-app/quarkus-run.jar", "-native"),
        NATIVE("-native", "/opt/hybridstore/%1$s/%1$s-runner", "");

        final String suffix;
        final String execStart;
        final String otherSuffix;

        Build(String suffix, String execStart, String otherSuffix) {
            this.suffix = suffix;
            this.execStart = execStart;
            this.otherSuffix = otherSuffix;
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void everyServiceHasAUnitPerBuildRunningItsArtifact(Build build) {
        PORTS.forEach((service, port) -> {
            String file = "hybridstore-" + service + build.suffix + ".service";
            Map<String, List<String>> u = unit(file);
            assertCommon(file, u);
            assertThat(u.get("Service.ExecStart")).as(file).containsExactly(build.execStart.formatted(service));
            assertThat(u.get("Service.Environment")).as(file).contains("QUARKUS_HTTP_PORT=" + port);
            assertThat(u.get("Unit.Conflicts")).as(file).containsExactly("hybridstore-" + service + build.otherSuffix + ".service");
        });
    }

    @Test
    void orderConsumerTemplatesTakeTheirPortFromTheInstanceName() {
        for (String file : List.of("hybridstore-order-consumer@.service", "hybridstore-order-consumer-native@.service")) {
            Map<String, List<String>> u = unit(file);
            assertCommon(file, u);
            assertThat(u.get("Service.Environment")).as(file).contains("QUARKUS_HTTP_PORT=%i");
            assertThat(u.get("Service.ExecStart").get(0)).as(file).contains("/opt/hybridstore/order-consumer/");
        }
    }

    @Test
    void workersWaitForCoreApiAtBoot() {
        for (String service : List.of("order-consumer", "cache-worker", "ai-worker")) {
            Map<String, List<String>> u = unit("hybridstore-" + service + ".service");
            assertThat(u.get("Unit.After")).as(service).anyMatch(v -> v.contains("hybridstore-core-api.service"));
            assertThat(u.get("Service.ExecStartPre")).as(service)
                    .anyMatch(v -> v.startsWith("-") && v.contains("127.0.0.1:8080/q/health/ready"));
        }
    }

    @Test
    void theSettingsTemplateDocumentsEveryVariableWithoutRealSecrets() {
        Path example = dir.resolve("hybridstore.env.example");
        assertThat(example).isRegularFile();
        String text = Repo.read(example);
        for (String name : SETTINGS) {
            assertThat(text).as(name).containsPattern("(?m)^#?" + name + "=");
        }
        assertThat(text).containsPattern("(?m)^ADMIN_TOKEN=$");
        assertThat(text).as("the units own the port").doesNotContainPattern("(?m)^QUARKUS_HTTP_PORT=");
    }
}
