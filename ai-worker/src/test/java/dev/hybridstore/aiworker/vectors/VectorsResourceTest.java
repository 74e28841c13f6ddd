package dev.hybridstore.aiworker.vectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VectorsResourceTest {

    @Test
    void anEnglishParaphraseRanksAboveAnUnrelatedSentence() {
        List<List<Float>> vectors = given().contentType(ContentType.JSON)
                .body(Map.of("texts", List.of("How do I reset my password?", "What are the steps to change my login password?",
                        "The bakery sells fresh bread every morning.")))
                .post("/api/embeddings").then().statusCode(200)
                .body("model", equalTo("local:all-minilm-l6-v2-q")).body("dimension", equalTo(384)).body("vectors.size()", equalTo(3))
                .extract().jsonPath().getList("vectors");

        double paraphrase = cosine(vectors.get(0), vectors.get(1));
        double unrelated = cosine(vectors.get(0), vectors.get(2));
        assertThat(paraphrase).isGreaterThan(unrelated + 0.3);
    }

    @Test
    void blankOrMissingTextsAreABadRequest() {
        given().contentType(ContentType.JSON).body(Map.of("texts", List.of("fine", " "))).post("/api/embeddings").then().statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.containsString("texts")));
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/embeddings").then().statusCode(400);
    }

    private static double cosine(List<Float> a, List<Float> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.size(); i++) {
            dot += a.get(i) * b.get(i);
            na += a.get(i) * a.get(i);
            nb += b.get(i) * b.get(i);
        }
        return dot / Math.sqrt(na * nb);
    }
}
