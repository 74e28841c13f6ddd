package dev.hybridstore.coreapi.search;

import dev.hybridstore.model.embedding.Embedder;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Locale;

/**
 * Test-only stand-in for the embedding provider until the real local model lands in shared-model: each word is hashed
 * into one of 384 buckets and the counts are L2-normalised, so a text's vector is deterministic and texts sharing
 * words are close. Tests derive the embeddings they store from the vectors this returns, so they also hold for a real
 * model; delete this class when the provider bean exists.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class HashingEmbedder implements Embedder {

    static final int DIMENSION = 384;

    @Override
    public int dimension() {
        return DIMENSION;
    }

    @Override
    public String model() {
        return "test:word-hashing";
    }

    @Override
    public Uni<List<float[]>> embed(List<String> texts) {
        return Uni.createFrom().item(() -> texts.stream().map(HashingEmbedder::vector).toList());
    }

    private static float[] vector(String text) {
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1;
            return v;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
