package dev.hybridstore.platform.sql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What {@link QueryLog} writes. */
@ConfigMapping(prefix = "hybridstore.db.query-log")
public interface QueryLogConfig {

    /** A statement at least this slow is logged at WARN and counted (DB_SLOW_QUERY_THRESHOLD; seed 004: 500 ms). */
    @WithDefault("500ms")
    Duration slowThreshold();

    /** Every statement is logged at INFO (DB_LOG_STATEMENTS): a development switch, costly under load. */
    @WithDefault("false")
    boolean statements();
}
