package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.http.Api;
import dev.hybridstore.cli.http.Api.Answer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;

/** Readers of cached users and products at a paced rate, counting what they got back. */
final class ReadLoad {

    private final Api api;
    private final List<String> paths;
    private final PacedThreads readers = new PacedThreads();
    final LongAdder answered = new LongAdder();
    /** 503 problems: an engine down, said so. */
    final LongAdder unavailable = new LongAdder();
    /** Anything else that is not an answer: another 5xx, an unexpected 4xx. */
    final LongAdder failed = new LongAdder();
    final LongAdder transportErrors = new LongAdder();
    final UnexpectedAnswers unexpected = new UnexpectedAnswers();
    /** The first distinct 503s, with their detail: on the cluster topology they fail a row too, so they must be told. */
    final UnexpectedAnswers unavailableAnswers = new UnexpectedAnswers();

    ReadLoad(Api api, List<String> paths) {
        this.api = api;
        this.paths = paths;
    }

    void start(int readerCount, int perSecond) {
        readers.start("reads", readerCount, perSecond, this::read);
    }

    void stop() throws InterruptedException {
        readers.stop();
    }

    long total() {
        return answered.sum() + unavailable.sum() + failed.sum() + transportErrors.sum();
    }

    /** One read; false when interrupted. */
    private boolean read() {
        try {
            String path = paths.get(ThreadLocalRandom.current().nextInt(paths.size()));
            Answer answer = api.get(path);
            if (answer.status() == 200) {
                answered.increment();
            } else if (answer.status() == 503) {
                unavailable.increment();
                unavailableAnswers.add("GET " + path, answer);
            } else {
                failed.increment();
                unexpected.add("GET " + path, answer);
            }
        } catch (IOException e) {
            transportErrors.increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
