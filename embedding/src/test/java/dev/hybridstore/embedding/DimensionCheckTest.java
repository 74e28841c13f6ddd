package dev.hybridstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DimensionCheckTest {

    @Test
    void aProviderMatchingTheColumnPasses() {
        assertThat(DimensionCheck.mismatch("local", 384, "questions.embedding is vector(384)", 384)).isEmpty();
    }

    @Test
    void aMismatchIsOneLineNamingBothSizesAndTheFix() {
        String problem = DimensionCheck.mismatch("onnx", 768, "questions.embedding is vector(384)", 384).orElseThrow();

        assertThat(problem).isEqualTo("EMBEDDING_PROVIDER=onnx produces 768-d vectors but questions.embedding is vector(384): "
                + "set EMBEDDING_DIM=768 and re-create the schema, or pick a 384-d model");
        assertThat(problem.lines()).hasSize(1);
    }
}
