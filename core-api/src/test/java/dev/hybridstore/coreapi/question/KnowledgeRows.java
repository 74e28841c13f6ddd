package dev.hybridstore.coreapi.question;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.coreapi.search.Vectors;
import dev.hybridstore.testsupport.Migrations;
import dev.hybridstore.testsupport.OwnRows;
import dev.hybridstore.testsupport.RealServices;
import dev.hybridstore.testsupport.TestIds;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.stream.Stream;

/** A test class's own companies and questions (ids upper-cased from its {@link TestIds}), and embeddings set as ai-worker would. */
public final class KnowledgeRows {

    private KnowledgeRows() {
    }

    /** A company created through the API, named by the class's next id. */
    public static String newCompany(TestIds ids) {
        String id = ids.next().toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("id", id, "name", id)).post("/api/companies").then().statusCode(201);
        return id;
    }

    /** Deletes the class's companies and their questions, after {@code first} (statements with one LIKE ?, e.g. interviews). */
    public static void deleteCompanies(TestIds ids, String... first) throws Exception {
        OwnRows.delete(ids.prefix().toUpperCase() + "%", Stream.concat(Stream.of(first), Stream.of(
                "DELETE FROM questions WHERE company_id LIKE ?",
                "DELETE FROM companies WHERE id LIKE ?")).toArray(String[]::new));
    }

    /** Stands in for ai-worker: stores an embedding chosen by the test on row {@code id} of {@code table}. */
    public static void embedAs(String table, long id, float[] vector) throws Exception {
        try (Connection db = db();
                PreparedStatement update = db.prepareStatement("UPDATE " + table + " SET embedding = ?::vector, embedded_at = now() WHERE id = ?")) {
            update.setString(1, Vectors.literal(vector));
            update.setLong(2, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    public static Connection db() throws Exception {
        return Migrations.connect(RealServices.endpoints().databaseUrl());
    }
}
