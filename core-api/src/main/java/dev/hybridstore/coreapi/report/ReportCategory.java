package dev.hybridstore.coreapi.report;

import dev.hybridstore.coreapi.web.Params;

/** The {category} of seed 002's report key {@code report:{store_id}:{date}:{category}}. */
public enum ReportCategory {
    /** Totals of the day: sales, order count, average order, items sold, discounts, shipping. */
    SALES,
    /** Order counts by status, payment method, and the buyers' age group and gender (seed 003's denormalized columns). */
    ORDERS,
    /** The day's best-selling products. */
    PRODUCTS;

    public String key() {
        return Params.lowerCase(this);
    }

    public static ReportCategory parse(String raw) {
        return Params.lowerCaseName("category", raw, ReportCategory.class);
    }
}
