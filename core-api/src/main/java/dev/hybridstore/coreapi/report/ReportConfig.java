package dev.hybridstore.coreapi.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "hybridstore.reports")
public interface ReportConfig {

    /** The zone of orders.created_at (a TIMESTAMP without zone): it decides which day is "today". */
    @WithDefault("UTC")
    ZoneId zone();

    /** Seed 002: a past day's report changes rarely. */
    @WithDefault("24h")
    Duration pastDayTtl();

    /** Seed 002: today's report is a live status, kept briefly. */
    @WithDefault("10m")
    Duration todayTtl();

    /** Products listed by the 'products' report. */
    @WithDefault("10")
    int topProducts();
}
