package dev.hybridstore.embedding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits texts, in order, into API requests within an input-count and a token budget. */
final class RequestBatches {

    private RequestBatches() {
    }

    /**
     * A conservative token estimate without the API's tokenizer: one token per 3 UTF-8 bytes. English averages about
     * 4 characters (bytes) per token; a Hangul syllable is 3 bytes and about one token.
     */
    static int estimateTokens(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length / 3 + 1;
    }

    static List<List<String>> split(List<String> texts, int maxInputs, int maxTokens) {
        List<List<String>> requests = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long tokens = 0;
        for (String text : texts) {
            int t = estimateTokens(text);
            if (!current.isEmpty() && (current.size() == maxInputs || tokens + t > maxTokens)) {
                requests.add(current);
                current = new ArrayList<>();
                tokens = 0;
            }
            // A single text over the budget still goes alone: the API then refuses that text, not its neighbours.
            current.add(text);
            tokens += t;
        }
        if (!current.isEmpty()) {
            requests.add(current);
        }
        return requests;
    }
}
