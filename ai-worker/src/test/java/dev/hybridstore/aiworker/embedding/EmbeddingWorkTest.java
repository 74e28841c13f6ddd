package dev.hybridstore.aiworker.embedding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.hybridstore.model.event.EmbeddingRequested;
import dev.hybridstore.model.kafka.JsonSerializer;
import dev.hybridstore.model.kafka.Topics;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EmbeddingWorkTest {

    private static final TestIds IDS = TestIds.create("EMB");

    @Inject
    EmbeddingService service;

    @Inject
    KafkaClientService kafka;

    private TestRows rows;

    @BeforeEach
    void open() throws Exception {
        rows = new TestRows();
    }

    @AfterEach
    void cleanUp() throws Exception {
        rows.cleanUp(IDS.prefix());
        rows.close();
    }

    private void sweep() {
        assertThat(service.sweep(service.everything()).await().atMost(Duration.ofMinutes(1))).as("a sweep ran").isPresent();
    }

    @Test
    void theSweepEmbedsRowsNoRequestAnnounced() throws Exception {
        long id = rows.question(IDS.next() + " Describe how you handled a production outage.", null);
        assertThat(rows.question(id).embedded()).isFalse();

        sweep();

        TestRows.Stored stored = rows.question(id);
        assertThat(stored.embedded()).isTrue();
        assertThat(stored.embedding().split(",")).hasSize(384);
        assertThat(stored.hash()).isEqualTo(stored.expectedHash());
        assertThat(stored.embeddedAt()).isNotNull();
    }

    @Test
    void aSweepAndRequestsRacingForTheSameRowsEmbedEachRowOnce() throws Exception {
        String company = IDS.next();
        rows.company(company);
        List<EmbeddingRequested> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long id = rows.question(IDS.next() + " How would you shard table number " + i + "?", company);
            requests.add(EmbeddingRequested.of("questions", id));
        }
        List<EmbeddingRequested> backwards = new ArrayList<>(requests);
        Collections.reverse(backwards);
        SweepScope scope = service.scope(Optional.of("questions"), List.of("company_id=" + company));

        List<Long> written = Uni.join().all(
                service.sweep(scope).map(ran -> ran.orElseThrow()),
                service.embedRequested(requests.subList(0, 20)),
                service.embedRequested(backwards))
                .andFailFast().await().atMost(Duration.ofMinutes(1));

        assertThat(written.stream().mapToLong(Long::longValue).sum()).as("rows written by the three claimants together").isEqualTo(40);
        for (EmbeddingRequested request : requests) {
            assertThat(rows.question(Long.parseLong(request.key())).embedded()).isTrue();
        }
    }

    @Test
    void aVectorMadeByAnotherModelIsMadeAgainWithThisOne() throws Exception {
        long id = rows.question(IDS.next() + " Walk me through a zero-downtime schema migration.", null);
        sweep();
        // What a worker running another model leaves behind: its own vector, hashed with its own name.
        rows.update("UPDATE questions SET embedding_hash = md5('onnx:some-korean-model:' || content), embedded_at = now() - interval '1 day' "
                + "WHERE id = ?", id);

        sweep();

        TestRows.Stored stored = rows.question(id);
        assertThat(stored.hash()).isEqualTo(stored.expectedHash());
        assertThat(stored.embeddedAt().toInstant()).as("embedded again").isAfter(Instant.now().minus(Duration.ofHours(1)));
    }

    @Test
    void unchangedTextIsNeverReembeddedAndChangedTextIs() throws Exception {
        long same = rows.question(IDS.next() + " What is your favourite data structure?", null);
        long edited = rows.question(IDS.next() + " Explain eventual consistency.", null);
        sweep();
        TestRows.Stored sameBefore = rows.question(same);
        TestRows.Stored editedBefore = rows.question(edited);

        rows.update("UPDATE questions SET content = ? WHERE id = ?", IDS.next() + " Explain strong consistency in distributed databases.", edited);
        rows.update("UPDATE questions SET category = 'touched' WHERE id = ?", same); // not the embedded text
        sweep();

        TestRows.Stored sameAfter = rows.question(same);
        assertThat(sameAfter.embeddedAt()).isEqualTo(sameBefore.embeddedAt());
        assertThat(sameAfter.embedding()).isEqualTo(sameBefore.embedding());
        TestRows.Stored editedAfter = rows.question(edited);
        assertThat(editedAfter.embeddedAt()).isAfter(editedBefore.embeddedAt());
        assertThat(editedAfter.hash()).isEqualTo(editedAfter.expectedHash()).isNotEqualTo(editedBefore.hash());
        assertThat(editedAfter.embedding()).isNotEqualTo(editedBefore.embedding());
    }

    @Test
    void aManualEmbedsItsTitleAndBodyTogether() throws Exception {
        long id = rows.manual(IDS.next() + " Closing the store", "Count the till, lock the back door, switch off the grill.");

        sweep();

        TestRows.Stored stored = rows.manual(id);
        assertThat(stored.embedded()).isTrue();
        assertThat(stored.hash()).isEqualTo(stored.expectedHash());
    }

    @Test
    void anEmbeddingRequestOnKafkaEmbedsThatRow() throws Exception {
        long id = rows.question(IDS.next() + " How would you design a rate limiter?", null);
        // The test's consumer group starts at the end of the shared topic: produce only once it is assigned.
        await().atMost(30, TimeUnit.SECONDS)
                .until(() -> !kafka.getConsumer("embedding-requests").getAssignments().await().atMost(Duration.ofSeconds(5)).isEmpty());

        try (var producer = new KafkaProducer<String, EmbeddingRequested>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServices.endpoints().kafkaBootstrap()),
                new StringSerializer(), new JsonSerializer<>())) {
            producer.send(new ProducerRecord<>(Topics.EMBEDDING_REQUESTS, "questions:" + id, EmbeddingRequested.of("questions", id))).get();
        }

        // No sweep runs in tests: only the request can have embedded it.
        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> assertThat(rows.question(id).embedded()).isTrue());
        assertThat(rows.question(id).hash()).isEqualTo(rows.question(id).expectedHash());
    }

    @Test
    void aTextTheModelRefusesFailsAloneAndIsGivenUpAfterTheBound() throws Exception {
        long blank = rows.question("   ", null);
        long fine = rows.question(IDS.next() + " Tell us about a time you disagreed with a colleague.", null);

        sweep();

        assertThat(rows.question(fine).embedded()).as("the good row of the same batch").isTrue();
        assertThat(rows.question(blank).embedded()).isFalse();
        assertThat(rows.state("questions", blank)).hasValueSatisfying(s -> {
            assertThat(s[0]).isEqualTo("1");
            assertThat(s[1]).contains("empty text");
        });
        var before = given().get("/embeddings/status").then().extract().jsonPath();
        long failedBefore = before.getLong("failed");
        long retryingBefore = before.getLong("retrying");
        assertThat(retryingBefore).as("the blank row waits for its next try").isPositive();

        // One attempt short of the bound, and due now: the next sweep makes it the last.
        rows.update("UPDATE embedding_states SET attempts = 4, next_attempt_at = now() WHERE source = 'questions' AND key = ?", blank);
        sweep();
        assertThat(rows.state("questions", blank)).hasValueSatisfying(s -> assertThat(s[0]).isEqualTo("5"));
        given().get("/embeddings/status").then().statusCode(200).body("failed", equalTo((int) failedBefore + 1))
                .body("retrying", equalTo((int) retryingBefore - 1));
        assertThat(given().get("/q/metrics").asString()).containsPattern("hybridstore_ai_worker_embedding_given_up\\{[^}]*source=\"questions\"[^}]*} [1-9]");

        rows.update("UPDATE embedding_states SET next_attempt_at = now() WHERE source = 'questions' AND key = ?", blank);
        sweep();
        assertThat(rows.state("questions", blank)).as("given up: not tried again").hasValueSatisfying(s -> assertThat(s[0]).isEqualTo("5"));

        // New text, new chance.
        rows.update("UPDATE questions SET content = ? WHERE id = ?", IDS.next() + " Fixed question text.", blank);
        sweep();
        assertThat(rows.question(blank).embedded()).isTrue();
        assertThat(rows.state("questions", blank)).isEmpty();
    }

    @Test
    void theStatusCountsTheExactBacklog() throws Exception {
        sweep();
        given().get("/embeddings/status").then().statusCode(200).body("backlog.questions", equalTo(0)).body("sweeping", equalTo(false));

        rows.question(IDS.next() + " First pending question.", null);
        rows.question(IDS.next() + " Second pending question.", null);
        rows.manual(IDS.next() + " Pending manual", "Body.");

        given().get("/embeddings/status").then().statusCode(200)
                .body("backlog.questions", equalTo(2)).body("backlog.manuals", equalTo(1));
        sweep();
        given().get("/embeddings/status").then().statusCode(200)
                .body("backlog.questions", equalTo(0)).body("backlog.manuals", equalTo(0));
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("hybridstore_ai_worker_embeddings_total"))
                .body(org.hamcrest.Matchers.containsString("hybridstore_ai_worker_embedding_backlog{source=\"questions\"} 0.0"));
    }

    @Test
    void aBackfillCanBeNarrowedToOneCompany() throws Exception {
        String wanted = IDS.next();
        String other = IDS.next();
        rows.company(wanted);
        rows.company(other);
        long mine = rows.question(IDS.next() + " A question of the wanted company.", wanted);
        long theirs = rows.question(IDS.next() + " A question of another company.", other);

        given().post("/embeddings/backfill?source=questions&where=company_id=" + wanted).then().statusCode(202).body("started", equalTo(true));

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> {
            given().get("/embeddings/status").then().body("sweeping", equalTo(false));
            assertThat(rows.question(mine).embedded()).isTrue();
        });
        assertThat(rows.question(theirs).embedded()).isFalse();
    }

    @Test
    void aBackfillOnAnUndeclaredFilterIsABadRequest() {
        given().post("/embeddings/backfill?source=questions&where=category=x").then().statusCode(400)
                .body("errors.field", hasItem("where"));
        given().post("/embeddings/backfill?source=nope").then().statusCode(400).body("errors.field", hasItem("source"));
    }
}
