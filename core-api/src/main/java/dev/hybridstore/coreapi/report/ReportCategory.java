package dev.hybridstore.coreapi.report;

import dev.hybridstore.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The {category} of seed 002's report key {@code report:{store_id}:{date}:{category}}. */
public enum ReportCategory {
    /** Totals of the day: sales, order count, average order, items sold, discounts, shipping. */
    SALES,
    /** Order counts by status, payment method, and the buyers' age group and gender (seed 003's denormalized columns). */
    ORDERS,
    /** The day's best-selling products. */
    PRODUCTS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportCategory parse(String raw) {
        for (ReportCategory c : values()) {
            if (c.key().equals(raw)) {
                return c;
            }
        }
        throw ProblemException.invalidField("category", "'" + raw + "' is not one of "
                + Arrays.stream(values()).map(ReportCategory::key).collect(Collectors.joining(", ")));
    }
}
