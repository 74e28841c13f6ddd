package dev.hybridstore.model.knowledge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A row of {@code questions} (seed 001): INTEGER key, text, and an embedding filled by ai-worker. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Question(
        Integer id,
        @Size(max = 50) String companyId,
        @Size(max = 50) String category,
        @NotBlank @Size(max = 10_000) String content,
        boolean embedded,
        LocalDateTime createdAt) {

    public static final String COLUMNS = "id, company_id, category, content, embedding IS NOT NULL AS embedded, created_at";

    public static Question fromRow(Row r) {
        return new Question(r.getInteger("id"), r.getString("company_id"), r.getString("category"), r.getString("content"),
                Boolean.TRUE.equals(r.getBoolean("embedded")), r.getLocalDateTime("created_at"));
    }
}
