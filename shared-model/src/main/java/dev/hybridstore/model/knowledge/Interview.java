package dev.hybridstore.model.knowledge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Map;

/** A row of {@code interviews} (seed 001): evaluation details are free-form JSONB. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Interview(
        Long id,
        @NotBlank @Size(max = 50) String companyId,
        Integer questionId,
        @Size(max = 100) String candidateName,
        @Size(max = 20_000) String answer,
        @Min(0) @Max(100) Integer score,
        Map<String, Object> evaluation,
        LocalDateTime createdAt) {

    public static final RecordRows<Interview> ROWS = RecordRows.of(Interview.class);
}
