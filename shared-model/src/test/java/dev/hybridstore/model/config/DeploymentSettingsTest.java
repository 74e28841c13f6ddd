package dev.hybridstore.model.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeploymentSettingsTest {

    /** Every service session asks for durable commits (see DeploymentSettings). */
    private static final String DURABLE = "?options=-c+synchronous_commit%3Don";

    private static DeploymentSettings.Resolved resolve(Map<String, String> env) {
        return DeploymentSettings.resolve(name -> Optional.ofNullable(env.get(name)));
    }

    @Test
    void acceptsEverySeedUrlForm() {
        for (String url : new String[] {"postgresql://admin:1234@db:5432/interview_db", "postgresql+psycopg://admin:1234@db:5432/interview_db",
                "jdbc:postgresql://db:5432/interview_db?user=admin&password=1234", "postgres://admin:1234@db/interview_db"}) {
            DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", url);
            assertThat(db.host()).as(url).isEqualTo("db");
            assertThat(db.port()).as(url).isEqualTo(5432);
            assertThat(db.database()).as(url).isEqualTo("interview_db");
            assertThat(db.user()).as(url).isEqualTo("admin");
            assertThat(db.password()).as(url).isEqualTo("1234");
            assertThat(db.reactiveUrl()).as(url).isEqualTo("postgresql://db:5432/interview_db");
            assertThat(db.jdbcUrl()).as(url).isEqualTo("jdbc:postgresql://db:5432/interview_db");
        }
    }

    @Test
    void keepsConnectionParametersButNotCredentialsInTheUrls() {
        DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", "jdbc:postgresql://h:6543/d?sslmode=require&password=s3cret&user=u");
        assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://h:6543/d?sslmode=require");
        assertThat(db.reactiveUrl()).doesNotContain("s3cret");
    }

    @Test
    void sessionSettingComesAfterTheUrlsOwnOptionsSoItWins() {
        DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", "postgresql://u:p@h/d?options=-c%20synchronous_commit%3Doff")
                .withSessionSetting("synchronous_commit", "on");
        assertThat(db.params()).containsEntry("options", "-c synchronous_commit=off -c synchronous_commit=on");
        assertThat(db.withSessionSetting("synchronous_commit", "on")).isEqualTo(db);
        assertThat(DatabaseUrl.parse("DATABASE_URL", db.jdbcUrl()).params()).isEqualTo(db.params());
    }

    @Test
    void everyServiceSessionCommitsDurably() {
        var r = resolve(Map.of("DATABASE_URL", "postgresql://a:b@x:1/y"));
        assertThat(r.properties().get("hybridstore.db.jdbc-url")).endsWith(DURABLE);
    }

    @Test
    void aReadReplicaIsOptionalAndABrokenOneIsNamedWithoutItsPassword() {
        assertThat(resolve(Map.of()).properties()).doesNotContainKey("hybridstore.db.read.reactive-url");
        var r = resolve(Map.of("DATABASE_READ_URL", "postgresql://reader:s3cret@standby:5433/shop"));
        assertThat(r.properties()).containsEntry("hybridstore.db.read.reactive-url", "postgresql://standby:5433/shop")
                .containsEntry("hybridstore.db.read.username", "reader").containsEntry("hybridstore.db.read.password", "s3cret");
        var broken = resolve(Map.of("DATABASE_READ_URL", "mysql://reader:s3cret@standby/shop"));
        assertThat(broken.properties()).doesNotContainKey("hybridstore.db.read.reactive-url");
        assertThat(broken.errors()).singleElement().asString().startsWith("DATABASE_READ_URL: ")
                .endsWith("; reading from the primary").doesNotContain("s3cret");
    }

    @Test
    void redactedFormNeverShowsThePassword() {
        DatabaseUrl db = DatabaseUrl.parse("DATABASE_URL", "postgresql://u:p%40ss@h/d");
        assertThat(db.password()).isEqualTo("p@ss");
        assertThat(db.redacted()).isEqualTo("postgresql://u:***@h:5432/d").doesNotContain("p@ss");
        assertThat(db.toString()).doesNotContain("p@ss");
    }

    @Test
    void rejectsOtherSchemesNamingTheSetting() {
        assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", "mysql://u:p@h/d"))
                .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("DATABASE_URL: ");
        assertThatThrownBy(() -> DatabaseUrl.parse("DATABASE_URL", "postgresql://u:p@h:5432/"))
                .hasMessageContaining("no database");
    }

    @Test
    void databaseUrlWinsOverDbType() {
        var r = resolve(Map.of("DATABASE_URL", "postgresql://a:b@x:1/y", "DB_TYPE", "rds", "RDS_HOST", "rds.example"));
        assertThat(r.properties()).containsEntry("hybridstore.db.reactive-url", "postgresql://x:1/y" + DURABLE);
        assertThat(r.errors()).isEmpty();
    }

    @Test
    void localTypeReadsSeed003Variables() {
        var r = resolve(Map.of("DB_TYPE", "local", "POSTGRES_USER", "postgres", "POSTGRES_PASSWORD", "password",
                "POSTGRES_DB", "sesac_db", "POSTGRES_HOST", "localhost", "POSTGRES_PORT", "5433"));
        assertThat(r.properties()).containsEntry("hybridstore.db.reactive-url", "postgresql://localhost:5433/sesac_db" + DURABLE)
                .containsEntry("hybridstore.db.username", "postgres").containsEntry("hybridstore.db.password", "password");
    }

    @Test
    void rdsTypeReadsSeed003Variables() {
        var r = resolve(Map.of("DB_TYPE", "rds", "RDS_USER", "admin", "RDS_PASSWORD", "pw", "RDS_HOST", "db.rds.amazonaws.com",
                "RDS_DB", "sesac_db"));
        assertThat(r.properties()).containsEntry("hybridstore.db.jdbc-url", "jdbc:postgresql://db.rds.amazonaws.com:5432/sesac_db" + DURABLE)
                .containsEntry("hybridstore.db.username", "admin");
    }

    @Test
    void supabaseFillsThePasswordPlaceholderEncoded() {
        var r = resolve(Map.of("DB_TYPE", "supabase",
                "SUPABASE_DIRECT_URL", "postgresql://postgres:[YOUR-PASSWORD]@db.xxxx.supabase.co:5432/postgres",
                "SUPABASE_PASSWORD", "p@ss:w/rd"));
        assertThat(r.errors()).isEmpty();
        assertThat(r.properties()).containsEntry("hybridstore.db.password", "p@ss:w/rd")
                .containsEntry("hybridstore.db.reactive-url", "postgresql://db.xxxx.supabase.co:5432/postgres" + DURABLE);
    }

    @Test
    void missingSupabasePasswordIsNamedAndReadinessGetsAnUnusableUrl() {
        var r = resolve(Map.of("DB_TYPE", "supabase", "SUPABASE_DIRECT_URL", "postgresql://postgres:[YOUR-PASSWORD]@db.x.co:5432/postgres"));
        assertThat(r.errors()).singleElement().asString().startsWith("SUPABASE_PASSWORD: ");
        assertThat(r.properties().get("hybridstore.db.reactive-url")).contains("invalid-setting.invalid");
    }

    @Test
    void unknownDbTypeIsNamed() {
        assertThat(resolve(Map.of("DB_TYPE", "oracle")).errors()).singleElement().asString().startsWith("DB_TYPE: ");
    }

    @Test
    void poolVariablesMapOntoTheReactivePool() {
        var r = resolve(Map.of("DB_POOL_SIZE", "5", "DB_MAX_OVERFLOW", "10", "DB_POOL_RECYCLE", "1800"));
        assertThat(r.properties()).containsEntry("hybridstore.db.pool-max-size", "15")
                .containsEntry("hybridstore.db.pool-max-lifetime", "1800S");
        assertThat(resolve(Map.of()).properties()).containsEntry("hybridstore.db.pool-max-size", "30");
    }

    @Test
    void badNumberIsNamedAndTheDefaultKept() {
        var r = resolve(Map.of("DB_POOL_SIZE", "lots"));
        assertThat(r.errors()).singleElement().asString().startsWith("DB_POOL_SIZE: ");
        assertThat(r.properties()).containsEntry("hybridstore.db.pool-max-size", "30");
    }

    @Test
    void errorsNeverEchoThePassword() {
        var r = resolve(Map.of("DATABASE_URL", "postgresql://u:topsecret@h:notaport/d"));
        assertThat(r.errors()).singleElement().asString().startsWith("DATABASE_URL: ").doesNotContain("topsecret");
    }

    @Test
    void redisAndKafkaComeFromTheirVariables() {
        var r = resolve(Map.of("REDIS_URL", "redis://r:6380", "KAFKA_BOOTSTRAP_SERVERS", "k1:9092,k2:9092"));
        assertThat(r.properties()).containsEntry("hybridstore.redis.url", "redis://r:6380")
                .containsEntry("hybridstore.kafka.bootstrap-servers", "k1:9092,k2:9092");
    }

    @Test
    void oneRedisServerUnlessNodesNameACluster() {
        assertThat(resolve(Map.of()).properties()).containsEntry("hybridstore.redis.hosts", "redis://127.0.0.1:56379")
                .containsEntry("hybridstore.redis.client-type", "standalone");
        var cluster = resolve(Map.of("REDIS_NODES", " 10.0.0.1:7000, redis://:pw@10.0.0.2:7001 ,", "REDIS_URL", "redis://r:6380"));
        assertThat(cluster.properties()).containsEntry("hybridstore.redis.hosts", "redis://10.0.0.1:7000,redis://:pw@10.0.0.2:7001")
                .containsEntry("hybridstore.redis.client-type", "cluster")
                .containsEntry("hybridstore.redis.url", "redis://10.0.0.1:7000");
        assertThat(cluster.errors()).isEmpty();
    }

    @Test
    void redisClientTypeOverridesWhatTheListImplies() {
        var seed = resolve(Map.of("REDIS_URL", "redis://r:7000", "REDIS_CLIENT_TYPE", "Cluster"));
        assertThat(seed.properties()).containsEntry("hybridstore.redis.hosts", "redis://r:7000")
                .containsEntry("hybridstore.redis.client-type", "cluster");
        var standalone = resolve(Map.of("REDIS_URL", "redis://r:6380", "REDIS_NODES", "a:1,b:2", "REDIS_CLIENT_TYPE", "standalone"));
        assertThat(standalone.properties()).containsEntry("hybridstore.redis.hosts", "redis://r:6380")
                .containsEntry("hybridstore.redis.client-type", "standalone");
        assertThat(standalone.errors()).singleElement().asString().startsWith("REDIS_NODES: ignored");
        assertRefused("REDIS_CLIENT_TYPE", "sentinel", "hybridstore.redis.client-type", "standalone",
                "REDIS_CLIENT_TYPE: 'sentinel' is not one of standalone, cluster; using standalone");
    }

    @Test
    void logsAreTextUnlessLogFormatAsksForJson() {
        assertThat(resolve(Map.of()).properties()).containsEntry("hybridstore.log.json", "false");
        assertThat(resolve(Map.of("LOG_FORMAT", "text")).properties()).containsEntry("hybridstore.log.json", "false");
        var json = resolve(Map.of("LOG_FORMAT", " JSON "));
        assertThat(json.properties()).containsEntry("hybridstore.log.json", "true");
        assertThat(json.errors()).isEmpty();
    }

    @Test
    void unknownLogFormatIsNamedAndTextKept() {
        assertRefused("LOG_FORMAT", "xml", "hybridstore.log.json", "false", "LOG_FORMAT: 'xml' is not one of text, json; using text");
    }

    @Test
    void tracesAreExportedOnlyToAnOtlpEndpointGiven() {
        assertThat(resolve(Map.of()).properties()).doesNotContainKey("hybridstore.tracing.otlp-endpoint");
        var given = resolve(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", " http://collector:4317 "));
        assertThat(given.properties()).containsEntry("hybridstore.tracing.otlp-endpoint", "http://collector:4317");
        assertThat(given.errors()).isEmpty();
    }

    @Test
    void anEndpointThatIsNoHttpUrlIsNamedWithoutItsValueAndNothingExported() {
        var r = resolve(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317?token=secret"));
        assertThat(r.properties()).doesNotContainKey("hybridstore.tracing.otlp-endpoint");
        assertThat(r.errors()).singleElement().asString()
                .isEqualTo("OTEL_EXPORTER_OTLP_ENDPOINT: not an http:// or https:// URL with a host; traces are not exported");
    }

    @Test
    void theSamplerRatioIsOneUnlessGivenFromZeroToOne() {
        assertThat(resolve(Map.of()).properties()).containsEntry("hybridstore.tracing.sampler-ratio", "1.0");
        assertThat(resolve(Map.of("OTEL_TRACES_SAMPLER_ARG", "0.25")).properties()).containsEntry("hybridstore.tracing.sampler-ratio", "0.25");
        for (String bad : new String[] {"1.5", "-0.1", "half"}) {
            assertRefused("OTEL_TRACES_SAMPLER_ARG", bad, "hybridstore.tracing.sampler-ratio", "1.0",
                    "OTEL_TRACES_SAMPLER_ARG: '" + bad + "' is not a number from 0 to 1; using 1.0");
        }
    }

    /** The variable's value is refused with exactly this one error, and the property keeps what it has without it. */
    private static void assertRefused(String variable, String value, String property, String kept, String error) {
        var r = resolve(Map.of(variable, value));
        assertThat(r.properties()).as(value).containsEntry(property, kept);
        assertThat(r.errors()).as(value).singleElement().asString().isEqualTo(error);
    }
}
