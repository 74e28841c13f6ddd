package dev.hybridstore.aiworker.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hybridstore.model.config.InvalidSettingException;
import dev.hybridstore.embedding.OnnxEmbedder;
import dev.hybridstore.embedding.OnnxModels;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The onnx provider, fed the bundled model's files from a directory, as a user would supply a Korean model. A Quarkus
 * test although it needs no service: the tokenizer's native library loads once per JVM, in Quarkus' class loader.
 */
@QuarkusTest
class OnnxDirectoryTest {

    private static final List<String> TEXTS = List.of("How do I reset my password?", "카카오 결제 시스템의 장애 대응 경험을 설명해 주세요",
            "A longer sentence about closing the store at night: count the till, lock the doors and switch off the lights.");

    private static OnnxEmbedder local;

    @BeforeAll
    static void loadLocal() {
        local = OnnxModels.local(1, 16);
    }

    @AfterAll
    static void closeLocal() {
        local.close();
    }

    @Test
    void aModelDirectoryGivesTheSameVectorsAsTheBundledModel(@TempDir Path dir) throws IOException {
        copyResource(OnnxModels.LOCAL_MODEL, dir.resolve("model.onnx"));
        copyResource(OnnxModels.LOCAL_TOKENIZER, dir.resolve("tokenizer.json"));

        try (OnnxEmbedder fromDir = OnnxModels.fromDirectory(dir, Optional.empty(), 2, 16)) {
            assertThat(fromDir.dimension()).isEqualTo(384);
            assertThat(fromDir.model()).isEqualTo("onnx:" + dir.getFileName());
            List<float[]> expected = local.embed(TEXTS).await().atMost(Duration.ofSeconds(30));
            List<float[]> actual = fromDir.embed(TEXTS).await().atMost(Duration.ofSeconds(30));
            for (int i = 0; i < TEXTS.size(); i++) {
                assertThat(actual.get(i)).as(TEXTS.get(i)).containsExactly(expected.get(i));
            }
        }
    }

    @Test
    void thePoolingRecordedBySentenceTransformersIsUsed(@TempDir Path dir) throws IOException {
        copyResource(OnnxModels.LOCAL_MODEL, dir.resolve("onnx").resolve("model.onnx"));
        copyResource(OnnxModels.LOCAL_TOKENIZER, dir.resolve("tokenizer.json"));
        Files.createDirectories(dir.resolve("1_Pooling"));
        Files.writeString(dir.resolve("1_Pooling").resolve("config.json"),
                "{\"word_embedding_dimension\": 384, \"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": false}");

        try (OnnxEmbedder cls = OnnxModels.fromDirectory(dir, Optional.empty(), 1, 16)) {
            float[] clsVector = cls.embedNow(TEXTS.get(0));
            assertThat(clsVector).hasSize(384);
            assertThat(clsVector).isNotEqualTo(local.embedNow(TEXTS.get(0)));
        }
    }

    @Test
    void aDirectoryWithoutTokenizerNamesTheSetting(@TempDir Path dir) throws IOException {
        copyResource(OnnxModels.LOCAL_MODEL, dir.resolve("model.onnx"));

        assertThatThrownBy(() -> OnnxModels.fromDirectory(dir, Optional.empty(), 1, 16))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("EMBEDDING_MODEL_DIR: no tokenizer.json in " + dir);
        assertThatThrownBy(() -> OnnxModels.fromDirectory(dir.resolve("missing"), Optional.empty(), 1, 16))
                .hasMessageStartingWith("EMBEDDING_MODEL_DIR: ");
        assertThatThrownBy(() -> OnnxModels.fromDirectory(dir, Optional.of("max"), 1, 16))
                .hasMessageStartingWith("EMBEDDING_");
    }

    private static void copyResource(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = OnnxModels.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            Files.copy(in, target);
        }
    }
}
