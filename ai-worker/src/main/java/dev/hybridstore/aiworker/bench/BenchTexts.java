package dev.hybridstore.aiworker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Question-like sentences of mixed length (8 to 60 words), the same for a given count on every run. */
final class BenchTexts {

    private static final String[] OPENINGS = {"Describe how you", "Explain why you would", "Tell us about a time you", "How would you",
        "What did you learn when you", "Walk us through how you"};
    private static final String[] WORDS = ("designed scaled debugged a payment service cache database index query outage incident "
            + "team deadline customer order store manual shift inventory latency queue consumer partition replica backup "
            + "migration rollback release review test monitor alert dashboard budget trade-off decision conflict mentor "
            + "feedback priority risk security access token password schema vector search ranking").split(" ");

    private BenchTexts() {
    }

    static List<String> generate(int count) {
        Random random = new Random(42);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(OPENINGS[random.nextInt(OPENINGS.length)]);
            int words = 8 + random.nextInt(53);
            for (int w = 0; w < words; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            texts.add(text.append('?').toString());
        }
        return texts;
    }
}
