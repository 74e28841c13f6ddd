package dev.hybridstore.model.catalog;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.hybridstore.model.sql.RecordRows;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;

/** A row of {@code pokervod.players}: country is ISO 3166-1 alpha-2; earnings in US dollars. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Player(
        UUID id,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String nickname,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String country,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal totalEarnings,
        Boolean isActive,
        LocalDateTime createdAt,
        LocalDateTime updatedAt,
        LocalDateTime deletedAt) {

    public static final RecordRows<Player> ROWS = RecordRows.of(Player.class);
}
