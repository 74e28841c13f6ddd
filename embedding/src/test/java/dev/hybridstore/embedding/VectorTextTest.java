package dev.hybridstore.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VectorTextTest {

    @Test
    void writesTheComponentsInPgvectorsTextForm() {
        assertThat(VectorText.of(new float[] {1f, -0.5f, 0.25f})).isEqualTo("[1.0,-0.5,0.25]");
        assertThat(VectorText.of(new float[0])).isEqualTo("[]");
    }
}
