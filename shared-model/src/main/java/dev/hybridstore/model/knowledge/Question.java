package dev.hybridstore.model.knowledge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
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

    public static final RecordRows<Question> ROWS = RecordRows.of(Question.class).computing("embedded", "embedding IS NOT NULL");
}
