package dev.hybridstore.coreapi.report;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;

/** A store's daily report as cached under {@code report:{store_id}:{date}:{category}}; expires_at is when the cache drops it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Report(long storeId, LocalDate date, String category, Instant generatedAt, Instant expiresAt, ReportData figures) {
}
