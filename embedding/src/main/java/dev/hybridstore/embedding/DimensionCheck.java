package dev.hybridstore.embedding;

import java.util.Optional;

/** The provider's vectors must fit the columns they are stored in and compared with; the message says how to fix it. */
public final class DimensionCheck {

    private DimensionCheck() {
    }

    /**
     * @param provider the EMBEDDING_PROVIDER value
     * @param produced the provider's vector size
     * @param target what the vectors must fit, e.g. {@code questions.embedding is vector(384)} or {@code EMBEDDING_DIM is 384}
     * @param expected that target's size
     * @return the one-line problem, if any
     */
    public static Optional<String> mismatch(String provider, int produced, String target, int expected) {
        if (produced == expected) {
            return Optional.empty();
        }
        return Optional.of("EMBEDDING_PROVIDER=" + provider + " produces " + produced + "-d vectors but " + target
                + ": set EMBEDDING_DIM=" + produced + " and re-create the schema, or pick a " + expected + "-d model");
    }
}
