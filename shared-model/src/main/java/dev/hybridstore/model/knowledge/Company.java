package dev.hybridstore.model.knowledge;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** A row of {@code companies} (seed 001): a VARCHAR key chosen by the client, such as 'KAKAO'. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Company(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Z0-9_]+", message = "must be upper-case letters, digits or _ (e.g. KAKAO)") String id,
        @NotBlank @Size(max = 100) String name,
        LocalDateTime createdAt) {

    public static final RecordRows<Company> ROWS = RecordRows.of(Company.class);
}
