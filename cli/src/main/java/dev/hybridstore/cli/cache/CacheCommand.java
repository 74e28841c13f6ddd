package dev.hybridstore.cli.cache;

import dev.hybridstore.cli.CliConfig;
import dev.hybridstore.cli.CommandFailure;
import dev.hybridstore.cli.http.Api;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hybridstore cache refresh}: seed 003's aging cycle, run now. */
@Command(name = "cache", mixinStandardHelpOptions = true, description = "The cache-worker's aging cache of users and products.")
public class CacheCommand {

    @Inject
    Api api;
    @Inject
    CliConfig config;

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = "Run one cache cycle now and show what it cached, stamped and evicted per table.")
    int refresh(@Option(names = "--url", paramLabel = "URL", description = "the cache-worker (default: HYBRIDSTORE_CLI_CACHE_WORKER_URL)") String url)
            throws InterruptedException {
        System.out.print(refresh(api, url == null ? config.cacheWorkerUrl() : url).render());
        return 0;
    }

    /** One cycle through the worker's endpoint; a refusal or no answer fails the command, saying which. */
    public static CycleReport refresh(Api api, String worker) throws InterruptedException {
        Api.Answer answer;
        try {
            answer = api.trigger(URI.create(worker + "/cache/refresh"));
        } catch (IOException e) {
            throw new CommandFailure("the cache-worker does not answer at " + worker + "; './suite status' shows whether it runs");
        }
        if (answer.status() != 200) {
            throw new CommandFailure("cache cycle failed (HTTP " + answer.status() + "): " + answer.why());
        }
        return CycleReport.from(answer.body());
    }
}
