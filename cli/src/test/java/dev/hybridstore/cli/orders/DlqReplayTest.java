package dev.hybridstore.cli.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.cli.orders.DlqReplay.Route;
import dev.hybridstore.cli.orders.DlqReplay.Tally;
import dev.hybridstore.model.kafka.DlqHeaders;
import dev.hybridstore.model.kafka.DlqReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dead-letter replay against the real Kafka: each test has its own DLQ and orders topics, and its own groups and
 * transactional id. The dead letters are written as order-consumer writes them (original key and value, reason headers).
 */
class DlqReplayTest {

    private static final List<DlqReason> ALL = List.of(DlqReason.values());
    private static final long BASE_TIME = System.currentTimeMillis() - 3_600_000;

    private TestTopics topics;
    private Route route;
    private KafkaProducer<byte[], byte[]> deadLetters;
    private int next;

    @BeforeEach
    void setUp() throws Exception {
        topics = new TestTopics();
        route = new Route(topics.create("orders-dlq-test", 3), topics.create("orders-test", 9), "dlq-replay-test-" + topics.run);
        deadLetters = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, topics.bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void tearDown() throws Exception {
        deadLetters.close();
        topics.close();
    }

    @Test
    void replaysOnlyTheAskedReasonWithKeyValueAndTimestampUnchangedAndLeavesTheOthersForLater() throws Exception {
        List<String> unknownUser = List.of(deadLetter(DlqReason.UNKNOWN_USER, null), deadLetter(DlqReason.UNKNOWN_USER, null),
                deadLetter(DlqReason.UNKNOWN_USER, null));
        List<String> invalid = List.of(deadLetter(DlqReason.INVALID, null), deadLetter(DlqReason.INVALID, null));

        assertThat(replay(List.of(DlqReason.UNKNOWN_USER), 3, false)).containsExactly(new Tally(DlqReason.UNKNOWN_USER, 3, 0));
        List<ConsumerRecord<byte[], byte[]>> back = topics.readAll(route.orders());
        assertThat(keys(back)).containsExactlyInAnyOrderElementsOf(unknownUser);
        for (ConsumerRecord<byte[], byte[]> r : back) {
            String key = utf8(r.key());
            assertThat(utf8(r.value())).isEqualTo(value(key));
            assertThat(r.timestamp()).isEqualTo(timestamp(key));
            assertThat(DlqReplay.header(r, DlqHeaders.REPLAY_COUNT)).isEqualTo("1");
            assertThat(DlqReplay.header(r, DlqHeaders.REASON)).as("the DLQ's own headers stay in the DLQ").isNull();
        }

        List<Tally> rest = replay(ALL, 3, false);
        assertThat(rest).contains(new Tally(DlqReason.INVALID, 2, 0), new Tally(DlqReason.UNKNOWN_USER, 0, 0));
        assertThat(keys(topics.readAll(route.orders()))).containsExactlyInAnyOrderElementsOf(concat(unknownUser, invalid));
    }

    @Test
    void aDryRunMovesNothingAndCommitsNothing() throws Exception {
        List<String> letters = List.of(deadLetter(DlqReason.UNKNOWN_PRODUCT, null), deadLetter(DlqReason.UNKNOWN_PRODUCT, null));

        assertThat(replay(List.of(DlqReason.UNKNOWN_PRODUCT), 3, true)).containsExactly(new Tally(DlqReason.UNKNOWN_PRODUCT, 2, 0));
        assertThat(topics.readAll(route.orders())).isEmpty();

        assertThat(replay(List.of(DlqReason.UNKNOWN_PRODUCT), 3, false)).containsExactly(new Tally(DlqReason.UNKNOWN_PRODUCT, 2, 0));
        assertThat(keys(topics.readAll(route.orders()))).containsExactlyInAnyOrderElementsOf(letters);
    }

    @Test
    void aRunThatFailsBeforeItsCommitMovesNothingAndTheRerunMovesEachRecordOnce() throws Exception {
        List<String> letters = List.of(deadLetter(DlqReason.UNKNOWN_USER, null), deadLetter(DlqReason.UNKNOWN_USER, null));
        try (DlqReplay failing = new DlqReplay(topics.bootstrap, route, () -> {
            throw new IllegalStateException("broken between the sends and the commit");
        })) {
            assertThatThrownBy(() -> failing.replay(ALL, 3, false)).hasMessageContaining("broken between");
        }
        assertThat(topics.readAll(route.orders())).as("the aborted transaction's records are invisible").isEmpty();

        assertThat(replay(ALL, 3, false)).contains(new Tally(DlqReason.UNKNOWN_USER, 2, 0));
        assertThat(replay(ALL, 3, false)).contains(new Tally(DlqReason.UNKNOWN_USER, 0, 0));
        assertThat(keys(topics.readAll(route.orders()))).containsExactlyInAnyOrderElementsOf(letters);
    }

    @Test
    void aRerunAfterARunStoppedDeadMidBatchAbortsItsOpenTransactionAndMovesEachRecordOnce() throws Exception {
        List<String> letters = List.of(deadLetter(DlqReason.INVALID, null), deadLetter(DlqReason.INVALID, null),
                deadLetter(DlqReason.INVALID, null));
        // The first run sends its records and stops before its commit, as a process killed there would: it never
        // commits or aborts on its own (it is woken only after the rerun, and then finds itself fenced).
        CountDownLatch sent = new CountDownLatch(1);
        CountDownLatch wake = new CountDownLatch(1);
        DlqReplay dead = new DlqReplay(topics.bootstrap, route, () -> {
            sent.countDown();
            try {
                wake.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<List<Tally>> first = CompletableFuture.supplyAsync(() -> dead.replay(List.of(DlqReason.INVALID), 3, false));
        assertThat(sent.await(60, TimeUnit.SECONDS)).isTrue();

        assertThat(replay(List.of(DlqReason.INVALID), 3, false)).containsExactly(new Tally(DlqReason.INVALID, 3, 0));
        wake.countDown();
        assertThatThrownBy(first::join).hasMessageContaining("took over");
        dead.close();

        assertThat(keys(topics.readAll(route.orders()))).containsExactlyInAnyOrderElementsOf(letters);
    }

    @Test
    void theReplayCountStopsARecordThatKeepsFailing() throws Exception {
        String once = deadLetter(DlqReason.UNKNOWN_USER, 1);
        String atLimit = deadLetter(DlqReason.UNKNOWN_USER, 3);

        assertThat(replay(ALL, 3, false)).contains(new Tally(DlqReason.UNKNOWN_USER, 1, 1));
        List<ConsumerRecord<byte[], byte[]>> back = topics.readAll(route.orders());
        assertThat(keys(back)).containsExactly(once);
        assertThat(DlqReplay.header(back.get(0), DlqHeaders.REPLAY_COUNT)).isEqualTo("2");

        // It fails again: order-consumer dead-letters it with the count it came with.
        send(DlqReason.UNKNOWN_USER, once, 2);
        assertThat(replay(ALL, 3, false)).contains(new Tally(DlqReason.UNKNOWN_USER, 1, 0));
        send(DlqReason.UNKNOWN_USER, once, 3);
        assertThat(replay(ALL, 3, false)).contains(new Tally(DlqReason.UNKNOWN_USER, 0, 1));
        assertThat(keys(topics.readAll(route.orders()))).containsExactly(once, once).doesNotContain(atLimit);
        // A record left at the limit is behind the reason's committed offset: a later run does not see it again.
        assertThat(replay(ALL, 5, false)).contains(new Tally(DlqReason.UNKNOWN_USER, 0, 0));
    }

    private List<Tally> replay(List<DlqReason> reasons, int limit, boolean dryRun) {
        try (DlqReplay replay = new DlqReplay(topics.bootstrap, route, () -> { })) {
            return replay.replay(reasons, limit, dryRun);
        }
    }

    /** A new dead letter of this test, with a replay count when given; returns its key. */
    private String deadLetter(DlqReason reason, Integer replays) throws Exception {
        String key = "DLQ-" + topics.run + "-" + (++next);
        send(reason, key, replays);
        return key;
    }

    private void send(DlqReason reason, String key, Integer replays) throws Exception {
        List<Header> headers = new ArrayList<>(List.of(
                new RecordHeader(DlqHeaders.REASON, bytes(reason.header())), new RecordHeader(DlqHeaders.DETAIL, bytes("test")),
                new RecordHeader(DlqHeaders.SOURCE_TOPIC, bytes("orders"))));
        if (replays != null) {
            headers.add(new RecordHeader(DlqHeaders.REPLAY_COUNT, bytes(replays.toString())));
        }
        deadLetters.send(new ProducerRecord<>(route.dlq(), null, timestamp(key), bytes(key), bytes(value(key)), headers)).get(30, TimeUnit.SECONDS);
    }

    private static String value(String key) {
        return "{\"schema_version\": 1, \"order_id\": \"" + key + "\", \"user_id\": \"u\", \"product_id\": \"p\", \"quantity\": 1}";
    }

    /** A distinct past timestamp per key, so "unchanged" is checked. */
    private static long timestamp(String key) {
        return BASE_TIME + Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) * 1000L;
    }

    private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> utf8(r.key())).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
