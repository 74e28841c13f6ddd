package dev.hybridstore.aiworker.openai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.aiworker.embedding.EmbeddingService;
import dev.hybridstore.testsupport.ConfigProfile;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole worker on EMBEDDING_PROVIDER=openai, against a local stub of the API. */
@QuarkusTest
@TestProfile(OpenAiWorkerTest.OpenAiProvider.class)
class OpenAiWorkerTest {

    private static final TestIds IDS = TestIds.create("OAI");
    static StubEmbeddingsApi stub;

    public static class OpenAiProvider extends ConfigProfile {
        public OpenAiProvider() {
            super("hybridstore.embedding.provider", "openai", "hybridstore.embedding.api.model", "stub-model",
                    "hybridstore.embedding.api.dimensions", "384", "hybridstore.embedding.api.key", "sk-stub",
                    "hybridstore.embedding.api.max-retries", "2", "hybridstore.embedding.api.initial-backoff", "20ms",
                    "hybridstore.embedding.api.max-backoff", "100ms", "hybridstore.embedding.api.timeout", "10s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Stub.class));
        }
    }

    public static class Stub implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            stub = new StubEmbeddingsApi(384);
            return Map.of("hybridstore.embedding.api.url", stub.url());
        }

        @Override
        public void stop() {
            stub.close();
        }
    }

    @Inject
    EmbeddingService service;

    private Connection db;
    private long id;

    @BeforeEach
    void insertQuestion() throws Exception {
        stub.reset();
        db = Migrations.connect(RealServices.endpoints().databaseUrl());
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO questions (category, content) VALUES ('test', ?) RETURNING id")) {
            ps.setString(1, IDS.next() + " Walk us through a system you designed.");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
    }

    @AfterEach
    void deleteQuestion() throws Exception {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM embedding_states WHERE source = 'questions' AND key = ?; "
                + "DELETE FROM questions WHERE id = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.execute();
        }
        db.close();
    }

    private void sweep() {
        assertThat(service.sweep(service.everything()).await().atMost(Duration.ofMinutes(1))).isPresent();
    }

    private String query(String sql) throws Exception {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void transientApiErrorsAreRetriedAndTheRowIsEmbedded() throws Exception {
        stub.failNext(429, 500);

        sweep();

        assertThat(query("SELECT embedding_hash = md5('openai:stub-model:' || content) FROM questions WHERE id = ?")).isEqualTo("t");
        assertThat(stub.received()).hasSize(3);
    }

    @Test
    void anApiThatKeepsFailingIsRecordedOnTheRowAfterTheRetryBound() throws Exception {
        stub.failAlways(503);

        sweep();

        assertThat(stub.received()).hasSize(1 + 2);
        assertThat(query("SELECT embedding IS NULL FROM questions WHERE id = ?")).isEqualTo("t");
        assertThat(query("SELECT attempts FROM embedding_states WHERE source = 'questions' AND key = ?")).isEqualTo("1");
        assertThat(query("SELECT last_error FROM embedding_states WHERE source = 'questions' AND key = ?"))
                .contains("embeddings API answered 503").doesNotContain("sk-stub");
        assertThat(query("SELECT next_attempt_at > now() FROM embedding_states WHERE source = 'questions' AND key = ?")).isEqualTo("t");
    }

    @Test
    void anOutageThatOutlastsEveryAttemptNeverGivesTheRowUp() throws Exception {
        stub.failAlways(503);
        sweep();
        // The last attempt before the bound, due now: a refused text would be given up after it, an outage must not be.
        query("UPDATE embedding_states SET attempts = 4, next_attempt_at = now() WHERE source = 'questions' AND key = ? RETURNING 1");

        sweep();

        assertThat(query("SELECT attempts FROM embedding_states WHERE source = 'questions' AND key = ?")).isEqualTo("4");
        assertThat(query("SELECT next_attempt_at > now() FROM embedding_states WHERE source = 'questions' AND key = ?")).isEqualTo("t");
        stub.reset();
        query("UPDATE embedding_states SET next_attempt_at = now() WHERE source = 'questions' AND key = ? RETURNING 1");

        sweep();

        assertThat(query("SELECT embedding IS NOT NULL FROM questions WHERE id = ?")).as("embedded once the API is back").isEqualTo("t");
    }
}
