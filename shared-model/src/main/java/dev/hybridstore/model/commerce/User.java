package dev.hybridstore.model.commerce;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of {@code users} (seed 003). last_cached_at and created_at are managed by the suite. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(
        @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9_\\-]+") String userId,
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = "[MF]") String gender,
        @Min(0) @Max(150) Integer age,
        @Size(max = 10) String ageGroup,
        @Size(max = 50) String region,
        LocalDate joinDate,
        LocalDateTime lastCachedAt,
        LocalDateTime createdAt) {

    public static final RecordRows<User> ROWS = RecordRows.of(User.class);

    /** Seed 003's age_group: '20대' for 20–29. */
    public static String ageGroupOf(Integer age) {
        return age == null ? null : (age / 10 * 10) + "대";
    }
}
