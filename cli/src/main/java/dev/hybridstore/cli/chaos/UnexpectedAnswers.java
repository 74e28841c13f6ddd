package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.http.Api.Answer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The first distinct answers that fail a row (a 5xx other than the 503 problem, an unexpected 4xx), with the problem's
 * detail: a 500 names the reference under which core-api logged its stack trace, so a failed campaign can be diagnosed
 * from its own output.
 */
final class UnexpectedAnswers {

    private static final int KEPT = 5;

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    void add(String request, Answer answer) {
        if (seen.size() < KEPT) {
            seen.add(request + " -> " + answer.status() + ": " + answer.why());
        }
    }

    List<String> lines() {
        return seen.stream().sorted().toList();
    }
}
