package dev.hybridstore.cli.db;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.http.Api.Answer;
import dev.hybridstore.cli.output.Progress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** core-api's admin API ({@code /admin/db/...}): the Bearer token, the production confirmation, progress while a call runs. */
@ApplicationScoped
public class AdminApi {

    /** A backup or restore of a large database takes minutes; a call that hangs still ends. */
    private static final Duration TIMEOUT = Duration.ofHours(2);
    /** The header the API reads {@code --confirm-production} from (core-api's ProductionGuard). */
    static final String CONFIRM_HEADER = "X-Confirm-Database";

    private final Api api;
    private final CliConfig config;

    public AdminApi(Api api, CliConfig config) {
        this.api = api;
        this.config = config;
    }

    public String url() {
        return config.apiUrl();
    }

    /** Sends the call and waits for any answer, showing progress on {@code err}; no answer at all is a failure. */
    Answer call(String method, String path, Optional<Object> body, Optional<String> confirm, PrintWriter err) {
        String token = config.adminToken().filter(t -> !t.isBlank()).orElseThrow(() -> new DbFailure(
                "no admin token: set HYBRIDSTORE_CLI_ADMIN_TOKEN or ADMIN_TOKEN (./suite db passes the one ./suite up wrote to .suite/env)"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        confirm.ifPresent(database -> headers.put(CONFIRM_HEADER, database));
        try {
            return new CallProgress(err, config.apiLog(), Progress.onTerminal())
                    .await(api.sendAsync(method, path, body, headers, TIMEOUT));
        } catch (ExecutionException e) {
            throw unreachable(e.getCause());
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DbFailure("interrupted while waiting for core-api");
        }
    }

    /** A call that must succeed: its answer when 2xx, else its problem as the failure. */
    public Answer ok(String method, String path, Optional<Object> body, Optional<String> confirm, PrintWriter err) {
        Answer answer = call(method, path, body, confirm, err);
        if (answer.status() / 100 != 2) {
            throw new DbFailure(DbReport.problem(answer));
        }
        return answer;
    }

    private DbFailure unreachable(Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new DbFailure("core-api is not reachable at " + url() + " (" + why + "): start it with ./suite up first");
    }
}
