package dev.hybridstore.coreapi.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.testsupport.OwnShop;
import dev.hybridstore.testsupport.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Seed 001's "server closed the connection unexpectedly": the server ends every pooled connection (a restart, a
 * failover, an idle timeout in between), and the next requests still answer normally, without a client retry.
 */
@QuarkusTest
class PoolRecoveryTest {

    private static final String TERMINATE_OTHERS = "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            + "WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()";

    @RegisterExtension
    static final OwnShop SHOP = OwnShop.tagged("POOL");

    @Test
    void afterTheServerEndsEveryPooledConnectionTheNextRequestsAllSucceed() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            assertThat(statuses(clients, 64)).as("warming the pool").containsOnly("200");
            for (int round = 0; round < 3; round++) {
                long ended;
                try (TestDatabase db = new TestDatabase()) {
                    ended = db.longValue(TERMINATE_OTHERS);
                }
                assertThat(ended).as("pooled connections ended in round %d", round).isPositive();

                assertThat(statuses(clients, 64)).as("answers after round %d", round).containsOnly("200");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * {@code n} database reads of the shop's user (no-cache skips Redis), 16 at a time; their HTTP statuses, with the
     * problem's detail beside any other than 200 so that a failure says what went wrong.
     */
    private static List<String> statuses(ExecutorService clients, int n) throws Exception {
        List<Future<String>> sent = IntStream.range(0, n).mapToObj(i -> clients.submit(() -> {
            Response answer = given().header("Cache-Control", "no-cache").when().get("/api/users/{id}", SHOP.user());
            return answer.statusCode() == 200 ? "200" : answer.statusCode() + " " + answer.body().asString();
        })).toList();
        List<String> statuses = new ArrayList<>();
        for (Future<String> f : sent) {
            statuses.add(f.get());
        }
        return statuses;
    }
}
