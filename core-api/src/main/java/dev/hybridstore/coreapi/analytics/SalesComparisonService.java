package dev.hybridstore.coreapi.analytics;

import dev.hybridstore.coreapi.report.ReportConfig;
import dev.hybridstore.coreapi.store.StoreService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

@ApplicationScoped
public class SalesComparisonService {

    @Inject
    SalesComparisonRepository repository;
    @Inject
    StoreService stores;
    @Inject
    ReportConfig reports;

    /** The last {@code days} days (today included) against the {@code days} days before them, per product. */
    public Uni<SalesComparison> compare(long storeId, int days) {
        LocalDate today = LocalDate.now(reports.zone());
        LocalDate recentFrom = today.minusDays(days - 1L);
        LocalDate previousFrom = recentFrom.minusDays(days);
        return stores.requireExists(storeId)
                .chain(() -> repository.compare(storeId, previousFrom.atStartOfDay(), recentFrom.atStartOfDay(),
                        today.plusDays(1).atStartOfDay()))
                .map(products -> new SalesComparison(storeId, days, recentFrom, today, previousFrom, recentFrom.minusDays(1), products));
    }
}
